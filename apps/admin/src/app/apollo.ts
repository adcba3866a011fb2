import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import introspection from '../gql/possible-types';
import { CSRF_HEADERS, isUnauthenticated, loginPath } from './session';

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

/**
 * The browser sends the session cookie; an expired or ended session (or none) goes back to
 * sign-in, then returns.
 */
export function createApolloClient(
  onSignedOut: (to: string) => void = (to) => window.location.assign(to),
) {
  const signedOut = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error) && !window.location.pathname.startsWith('/login')) {
      onSignedOut(loginPath(window.location.pathname + window.location.search));
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([
      signedOut,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: CSRF_HEADERS }),
    ]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
