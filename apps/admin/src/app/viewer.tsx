import { createContext, useContext, useDeferredValue, useEffect, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { computeAccess, type Access } from './access';
import { PageState } from '../components/PageState';
import { isUnauthenticated } from './session';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      kind
      permissions
      user {
        id
        username
        displayName
        role
      }
      branch {
        id
        name
      }
      bureau {
        id
        name
        level
      }
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

/** Whether the caller reaches more than one county (a province's or a city's account). */
export const picksBureau = (viewer: Viewer) => !viewer.branch && viewer.bureau?.level !== 'COUNTY';

export const ViewerContext = createContext<{ viewer: Viewer; access: Access } | null>(null);

/**
 * Loads who is signed in once; screens read it, and what they may do, from here. Without a
 * session the answer is UNAUTHENTICATED, and the Apollo client goes to sign-in meanwhile.
 * `onLoaded` hears what the viewer may do as soon as the answer is in, before the first render
 * that shows it.
 */
export function ViewerProvider({
  children,
  onLoaded,
  ready = true,
}: {
  children: ReactNode;
  onLoaded?: (access: Access) => void;
  /** False keeps the loading state after the viewer is in, e.g. while the screen's code loads. */
  ready?: boolean;
}) {
  const {
    data: answer,
    error,
    refetch,
  } = useQuery(ViewerDocument, {
    fetchPolicy: 'network-only',
  });
  const loaded = answer?.viewer;
  useEffect(() => {
    if (loaded) onLoaded?.(computeAccess(loaded.permissions));
    // Once per answer, not per render of the caller.
  }, [loaded]);
  // The menu and the first screen are drawn in a render React may pause, so the page keeps
  // answering input meanwhile; until then the loading state stays.
  const data = useDeferredValue(ready ? answer : undefined);
  if (!data) {
    const signingIn = isUnauthenticated(error);
    return (
      <PageState
        loading={!error || signingIn}
        error={signingIn ? null : error}
        onRetry={() => void refetch()}
        fullPage
      />
    );
  }
  return (
    <ViewerContext.Provider
      value={{ viewer: data.viewer, access: computeAccess(data.viewer.permissions) }}
    >
      {children}
    </ViewerContext.Provider>
  );
}

export function useViewer() {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside ViewerProvider');
  return value;
}
