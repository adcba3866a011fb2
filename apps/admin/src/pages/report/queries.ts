import { graphql } from '../../gql';

/**
 * A year's county figures, for the dashboard and the yearly report alike. Visits and coverage
 * need visits:read and money funding:read: they are asked for only when the viewer may see them.
 * The coverage counts are the coverage pages' fragment (CoverageCountsFields), the money the
 * budget page's summary (FundingSummaryFields).
 */
export const CountyStatsDocument = graphql(`
  query CountyStats($year: Int!, $withVisits: Boolean!, $withFunding: Boolean!) {
    countyStats(year: $year) {
      year
      asOf
      frozenAt
      frozenBy
      organisation {
        generalBranches
        branches
        provincial
        city
        county
        homes
      }
      members {
        active
        deceased
        transferredOut
        lixiu
        tuixiu
        partyMembers
        medalEligible
        byAge {
          from
          to
          count
        }
        byPartyYears {
          from
          to
          count
        }
      }
      visits @include(if: $withVisits) {
        total
        byOccasion {
          occasion
          count
        }
        byMonth {
          month
          count
        }
      }
      coverage @include(if: $withVisits) {
        total {
          ...CoverageCountsFields
        }
        byOccasion {
          occasion
          ...CoverageCountsFields
        }
        byBranch {
          branch {
            id
            name
          }
          ...CoverageCountsFields
        }
      }
      funding @include(if: $withFunding) {
        ...FundingSummaryFields
      }
    }
  }
`);

/** Freezes a year: its figures then stay as submitted, whatever is edited later. */
export const FreezeCountyStatsDocument = graphql(`
  mutation FreezeCountyStats($year: Int!) {
    freezeCountyStats(year: $year) {
      countyStats {
        year
        frozenAt
        frozenBy
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
