import { chinaToday } from '@wanxia/schema';
import type { Access } from '../../app/access';
import type { Prefetch } from '../../app/routes';
import { prefetchQuery } from '../../app/first-query';
import { CountyStatsDocument } from '../report/queries';
import { CampaignsDocument } from '../campaigns/campaigns-query';
import { dashboardViewCodec } from './dashboard-view';

/** The figures' question: a year, what the viewer may see, one bureau or the whole reach. */
export const statsVariables = (access: Access, year: number, bureauId: string | null) => ({
  year,
  withVisits: access.canReadVisits,
  withFunding: access.canReadFunding,
  // Left out, not null, for the caller's whole reach.
  bureauId: bureauId ?? undefined,
});

export const ACTIVE_CAMPAIGNS = { filter: { active: true }, first: 10 };

/** The dashboard's figures and the campaigns under way, asked for as soon as the viewer is known. */
export const prefetch: Prefetch = (client, access, search) => {
  if (!access.canReadMembers) return;
  const { year, bureauId } = dashboardViewCodec(Number(chinaToday().slice(0, 4))).parse(search);
  prefetchQuery(client, CountyStatsDocument, statsVariables(access, year, bureauId));
  if (access.canReadVisits) prefetchQuery(client, CampaignsDocument, ACTIVE_CAMPAIGNS);
};
