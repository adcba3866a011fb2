import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import introspection from '../gql/possible-types';
import { clearSession, loginPath, readSession } from './session';

/** The cache of the app and its tests alike: it knows which types implement each interface. */
export function createCache() {
  return new InMemoryCache({
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      // Connections are fetched page by page with their arguments; no merging needed.
      Query: { fields: {} },
    },
  });
}

/** Sends the session token; an expired or ended session goes back to sign-in, then returns. */
export function createApolloClient(
  onSignedOut: (to: string) => void = (to) => window.location.assign(to),
) {
  const auth = new ApolloLink((operation, forward) => {
    const session = readSession();
    if (session) operation.setContext({ headers: { authorization: `Bearer ${session.token}` } });
    return forward(operation);
  });
  const signedOut = new ErrorLink(({ error }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && !window.location.pathname.startsWith('/login')) {
      clearSession();
      onSignedOut(loginPath(window.location.pathname + window.location.search));
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([signedOut, auth, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
