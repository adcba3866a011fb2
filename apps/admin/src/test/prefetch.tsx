import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { useViewer } from '../app/viewer';
import type { Prefetch } from '../app/routes';

/**
 * Starts a screen's first query as the console does once the viewer is known: render it before
 * the screen, which should then join that request rather than ask again.
 */
export function PrefetchOnce({ prefetch }: { prefetch: Prefetch }) {
  const client = useApolloClient();
  const { access } = useViewer();
  const { search } = useLocation();
  useState(() => prefetch(client, access, new URLSearchParams(search)));
  return null;
}
