import type { CampaignEntryRowFragment } from '../../gql/graphql';

/** A stop on the route: the members living in one township or place, in the list's order. */
export interface RouteStop {
  place: string;
  entries: CampaignEntryRowFragment[];
}

/**
 * The list (ordered for a route by the server: township / place, address, name) cut into its
 * places, each once, in the order they come.
 */
export function routeStops(entries: readonly CampaignEntryRowFragment[]): RouteStop[] {
  const stops: RouteStop[] = [];
  for (const entry of entries) {
    const place = entry.member.residencePlace;
    const last = stops[stops.length - 1];
    if (last && last.place === place) last.entries.push(entry);
    else stops.push({ place, entries: [entry] });
  }
  return stops;
}
