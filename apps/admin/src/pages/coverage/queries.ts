import { graphql } from '../../gql';

/** The counts every part of a coverage carries: its total, each occasion, month and branch. */
export const CoverageCountsFieldsFragment = graphql(`
  fragment CoverageCountsFields on CoverageCounts {
    tasks
    doneOnTime
    doneLate
    missed
    waived
    open
    overdue
    rate
  }
`);

/**
 * A year's must-visit coverage for the viewer's reach, a bureau in it or a branch, with the
 * branches one level down.
 */
export const VisitCoverageDocument = graphql(`
  query VisitCoverage($year: Int!, $branchId: ID, $bureauId: ID) {
    visitCoverage(year: $year, branchId: $branchId, bureauId: $bureauId) {
      year
      branch {
        id
        name
        ancestors {
          id
          name
        }
      }
      total {
        ...CoverageCountsFields
      }
      byOccasion {
        occasion
        ...CoverageCountsFields
      }
      byMonth {
        month
        ...CoverageCountsFields
      }
      byBranch {
        branch {
          id
          name
          kind
        }
        ...CoverageCountsFields
      }
    }
  }
`);

/** The holidays of the month on the calendar, and those of the coming year. */
export const CalendarHolidaysDocument = graphql(`
  query CalendarHolidays($from: Date!, $to: Date!, $today: Date!, $inAYear: Date!) {
    month: holidays(from: $from, to: $to) {
      holiday
      date
    }
    coming: holidays(from: $today, to: $inAYear) {
      holiday
      date
      occurrenceKey
    }
  }
`);

/** A month's decade birthdays (整十生日), a page at a time, soonest birthday first. */
export const DecadeBirthdaysDocument = graphql(`
  query DecadeBirthdays($year: Int!, $from: MonthDay!, $to: MonthDay!, $after: String) {
    members(
      first: 100
      after: $after
      filter: { decadeBirthdayIn: $year, birthdayFrom: $from, birthdayTo: $to, status: [ACTIVE] }
      orderBy: { field: BIRTHDAY }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        gender
        birthDate
        branch {
          id
          name
        }
      }
    }
  }
`);

/** The visits that reported events (illness, death, disputes, disasters) oblige in a period. */
export const CalendarEventTasksDocument = graphql(`
  query CalendarEventTasks($from: Date!, $to: Date!, $after: String) {
    visitTasks(
      first: 100
      after: $after
      filter: {
        triggerFrom: $from
        triggerTo: $to
        occasion: [HOSPITALIZATION, BEREAVEMENT, DISPUTE, DISASTER]
      }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occasion
        triggerDate
        dueBy
        status
        member {
          id
          name
        }
      }
    }
  }
`);

/** Members who joined the party in a month of some year: the month's 政治生日. */
export const PoliticalBirthdaysDocument = graphql(`
  query PoliticalBirthdays($month: Int!, $after: String) {
    members(
      first: 100
      after: $after
      filter: { partyJoinMonth: $month, status: [ACTIVE], partyMember: true }
      orderBy: { field: PARTY_JOIN_DAY }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        gender
        partyJoinDate
        branch {
          id
          name
        }
      }
    }
  }
`);

/** Members eligible this year for the 光荣在党50年 medal, longest in the party first. */
export const MedalMembersDocument = graphql(`
  query MedalMembers($after: String) {
    members(
      first: 100
      after: $after
      filter: { eligibleForMedal: PARTY_50_YEARS }
      orderBy: { field: PARTY_STANDING_FROM }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        gender
        birthDate
        partyStandingFrom
        partyStandingEstimated
        partyYears
        branch {
          id
          name
        }
      }
    }
  }
`);

export const VisitSettingsDocument = graphql(`
  query VisitSettings($bureauId: ID) {
    visitSettings(bureauId: $bureauId) {
      occasion
      daysBefore
      daysAfter
      ownSetting
      version
      updatedAt
    }
  }
`);

export const UpdateVisitSettingDocument = graphql(`
  mutation UpdateVisitSetting($input: UpdateVisitSettingInput!) {
    updateVisitSetting(input: $input) {
      visitSetting {
        occasion
        daysBefore
        daysAfter
        ownSetting
        version
        updatedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
