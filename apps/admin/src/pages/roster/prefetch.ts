import { chinaToday } from '@wanxia/schema';
import type { Prefetch } from '../../app/routes';
import { prefetchQuery } from '../../app/first-query';
import { COMPACT_QUERY } from '../../components/useCompact';
import { preloadable } from '../../components/preloadable';
import { RosterMembersDocument } from './queries';
import { rosterViewCodec, toRosterVariables } from './roster-view';

// A wide screen's parts, each a chunk of its own: a phone shows cards, and its filters only in
// a drawer when asked, so it never loads the table or the column chooser.
export const RosterTable = preloadable(() => import('./RosterTable'));
export const ColumnChooser = preloadable(() => import('./ColumnChooser'));
export const RosterFilterFields = preloadable(() => import('./RosterFilterFields'));

/** On a wide screen, the table, its column chooser and the filter row: drawn at once there. */
export const loadParts = () =>
  window.matchMedia(COMPACT_QUERY).matches
    ? undefined
    : Promise.all([RosterTable.preload(), ColumnChooser.preload(), RosterFilterFields.preload()]);

/** The roster's page the address asks for, as soon as the viewer is known. */
export const prefetch: Prefetch = (client, _access, search) => {
  const variables = toRosterVariables(rosterViewCodec.parse(search), chinaToday());
  prefetchQuery(client, RosterMembersDocument, variables);
};
