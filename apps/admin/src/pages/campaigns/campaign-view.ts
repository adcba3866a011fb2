import type { UrlCodec } from '../../components/useUrlState';
import type { CampaignStatus } from '../../gql/graphql';
import { CAMPAIGN_STATUSES } from './labels';

export interface CampaignListFilters {
  year: number;
  status: CampaignStatus | null;
}

/** The years a campaign list offers: next year (planned ahead) back to five years ago. */
export function campaignYears(thisYear: number): number[] {
  return Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
}

/** The list's year and status in the query string (`?year=2027&status=APPROVED`). */
export function campaignListCodec(thisYear: number): UrlCodec<CampaignListFilters> {
  return {
    parse(params) {
      const year = Number(params.get('year'));
      const status = params.get('status');
      return {
        year: Number.isInteger(year) && year > 2000 ? year : thisYear,
        status: CAMPAIGN_STATUSES.find((s) => s === status) ?? null,
      };
    },
    format({ year, status }) {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      if (status) params.set('status', status);
      return params;
    },
  };
}

export const CAMPAIGN_TABS = ['plan', 'groups', 'entries', 'progress'] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

/** A campaign's page. */
export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
