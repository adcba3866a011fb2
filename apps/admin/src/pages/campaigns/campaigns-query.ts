import { graphql } from '../../gql';

// The campaigns list's query, apart from the campaign screens' other documents: the dashboard
// asks it too, and loads only this.

/** A campaign as the list, the dashboard and 我的待办 show it. */
export const CampaignRowFragment = graphql(`
  fragment CampaignRow on Campaign {
    id
    name
    occasion
    holiday
    year
    startsOn
    endsOn
    status
    plannedMemberCount
    plannedTotalFen
    committedFen
    paidFen
    version
    branch {
      id
      name
    }
    budget {
      id
      name
      year
      remainingFen
    }
    progress {
      memberCount
      visitedCount
      remainingCount
      uncoveredCount
      paidFen
    }
  }
`);

export const CampaignsDocument = graphql(`
  query Campaigns($filter: CampaignFilter, $first: Int, $after: String) {
    campaigns(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CampaignRow
      }
    }
  }
`);
