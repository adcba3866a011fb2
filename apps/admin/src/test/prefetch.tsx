import { useEffect, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { useViewer } from '../app/viewer';
import type { Prefetch } from '../app/routes';

/**
 * Starts a screen's first query as the console does once the viewer is known, then draws the
 * screen: at once (the request is still under way) or, with `answered`, once it has its answer.
 */
export function Prefetched({
  prefetch,
  answered = false,
  children,
}: {
  prefetch: Prefetch;
  answered?: boolean;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const { access } = useViewer();
  const { search } = useLocation();
  useState(() => prefetch(client, access, new URLSearchParams(search)));
  const [shown, setShown] = useState(!answered);
  useEffect(() => {
    // Mocked answers come on the next turn of the event loop.
    const timer = setTimeout(() => setShown(true), 200);
    return () => clearTimeout(timer);
  }, []);
  return shown ? children : null;
}
