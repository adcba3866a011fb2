import { chinaToday } from '@wanxia/schema';
import type { Prefetch } from '../../app/routes';
import { prefetchQuery } from '../../app/first-query';
import { COMPACT_QUERY } from '../../components/useCompact';
import { RosterMembersDocument } from './queries';
import { rosterViewCodec, toRosterVariables } from './roster-view';

/** The table for wide screens, a chunk of its own: a phone shows cards and never loads it. */
export const loadRosterTable = () => import('./RosterTable');

/**
 * The roster's page the address asks for, as soon as the viewer is known, and on a wide screen
 * the table's code with it.
 */
export const prefetch: Prefetch = (client, _access, search) => {
  const variables = toRosterVariables(rosterViewCodec.parse(search), chinaToday());
  prefetchQuery(client, RosterMembersDocument, variables);
  if (!window.matchMedia(COMPACT_QUERY).matches) void loadRosterTable();
};
