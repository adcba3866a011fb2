import { chinaToday } from '@wanxia/schema';
import type { Access } from '../../app/access';
import type { Prefetch } from '../../app/routes';
import { CountyStatsDocument } from '../report/queries';
import { CampaignsDocument } from '../campaigns/campaigns-query';
import { dashboardYearCodec } from './dashboard-view';

/** The figures' question: a year, what the viewer may see, one bureau or the whole reach. */
export const statsVariables = (access: Access, year: number, bureauId: string | null) => ({
  year,
  withVisits: access.canReadVisits,
  withFunding: access.canReadFunding,
  // Left out, not null, for the caller's whole reach.
  bureauId: bureauId ?? undefined,
});

export const ACTIVE_CAMPAIGNS = { filter: { active: true }, first: 10 };

/**
 * The dashboard's figures and the campaigns under way, asked for as soon as the viewer is
 * known; a failure is the screen's own query's to show.
 */
export const prefetch: Prefetch = (client, access, search) => {
  if (!access.canReadMembers) return;
  const year = dashboardYearCodec(Number(chinaToday().slice(0, 4))).parse(search);
  const variables = statsVariables(access, year, null);
  client.query({ query: CountyStatsDocument, variables }).catch(() => undefined);
  if (access.canReadVisits)
    client.query({ query: CampaignsDocument, variables: ACTIVE_CAMPAIGNS }).catch(() => undefined);
};
