import { graphql } from '../../gql';

/**
 * A year's county figures, for the dashboard and the yearly report alike. Visits and coverage
 * need visits:read and money funding:read: they are asked for only when the viewer may see them.
 * The coverage counts are the coverage pages' fragment (CoverageCountsFields), the money the
 * budget page's summary (FundingSummaryFields).
 */
export const CountyStatsDocument = graphql(`
  query CountyStats($year: Int!, $withVisits: Boolean!, $withFunding: Boolean!, $bureauId: ID) {
    countyStats(year: $year, bureauId: $bureauId) {
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

/**
 * Freezes a year of a county (named when the viewer reaches more than one): its figures then
 * stay as submitted, whatever is edited later.
 */
export const FreezeCountyStatsDocument = graphql(`
  mutation FreezeCountyStats($year: Int!, $bureauId: ID) {
    freezeCountyStats(year: $year, bureauId: $bureauId) {
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

/** The members filter behind a figure of the yearly tables: the roster list it opens. */
export const RosterListFilterFieldsFragment = graphql(`
  fragment RosterListFilterFields on RosterListFilter {
    branchSubtree
    asOf
    movement {
      kind
      from
      to
    }
    retirementType
    rank
    gender
    partyMember
    ageMin
    ageMax
    residenceArea
    healthStatus
  }
`);

/** A count of the year beside the year before, with the lists behind both. */
export const YearFigureFieldsFragment = graphql(`
  fragment YearFigureFields on YearFigure {
    value
    previous
    change
    filter {
      ...RosterListFilterFields
    }
    previousFilter {
      ...RosterListFilterFields
    }
  }
`);

/** A row of 党组织建设 or 作用发挥: a count, an amount or a rate, with the lists behind it. */
export const YearTableRowFieldsFragment = graphql(`
  fragment YearTableRowFields on YearTableRow {
    key
    label
    unit
    sub
    count {
      ...YearFigureFields
    }
    money {
      valueFen
      previousFen
      changeFen
    }
    rate {
      value
      previous
      change
    }
    href
    previousHref
  }
`);

/**
 * The statutory tables of a year beside the year before. Visits need visits:read and money
 * funding:read: they are asked for only when the viewer may see them.
 */
export const YearReportDocument = graphql(`
  query YearReport($year: Int!, $withVisits: Boolean!, $withFunding: Boolean!, $bureauId: ID) {
    yearReport(year: $year, bureauId: $bureauId) {
      year
      asOf
      previousAsOf
      rosterChange {
        balanced
        rows {
          retirementType
          rank
          allRanks
          label
          balanced
          previousBalanced
          start {
            ...YearFigureFields
          }
          enrolled {
            ...YearFigureFields
          }
          transferredIn {
            ...YearFigureFields
          }
          joined {
            ...YearFigureFields
          }
          died {
            ...YearFigureFields
          }
          transferredOut {
            ...YearFigureFields
          }
          left {
            ...YearFigureFields
          }
          end {
            ...YearFigureFields
          }
        }
      }
      rosterProfile {
        rows {
          dimension
          label
          total {
            ...YearFigureFields
          }
          lixiu {
            ...YearFigureFields
          }
          tuixiu {
            ...YearFigureFields
          }
        }
      }
      partyOrganisation {
        rows {
          ...YearTableRowFields
        }
      }
      roleAndActivities {
        rows {
          ...YearTableRowFields
        }
      }
      service {
        visits @include(if: $withVisits) {
          value
          previous
          change
        }
        visitsByOccasion @include(if: $withVisits) {
          occasion
          visits {
            value
            previous
            change
          }
        }
        tasksDue @include(if: $withVisits) {
          value
          previous
          change
        }
        tasksDoneOnTime @include(if: $withVisits) {
          value
          previous
          change
        }
        coverage @include(if: $withVisits) {
          value
          previous
          change
        }
        condolenceMembers @include(if: $withFunding) {
          value
          previous
          change
        }
        condolenceFen @include(if: $withFunding) {
          valueFen
          previousFen
          changeFen
        }
        budgetByCategory @include(if: $withFunding) {
          category
          amountFen {
            valueFen
            previousFen
            changeFen
          }
          paidFen {
            valueFen
            previousFen
            changeFen
          }
          executionRate {
            value
            previous
            change
          }
        }
      }
    }
  }
`);
