import { graphql } from '../../gql';

/** A visit task as the board and the member page show it: whom, what for, by when. */
export const VisitTaskRowFragment = graphql(`
  fragment VisitTaskRow on VisitTask {
    id
    version
    occasion
    occurrenceKey
    triggerDate
    dueFrom
    dueBy
    status
    doneOn
    doneLate
    waivedReason
    member {
      id
      name
      birthDate
      status
      phone
      branch {
        id
        name
      }
    }
    lifeEvent {
      id
      kind
      place
      occurredOn
    }
  }
`);

/** One page of a section of the board. */
export const VisitBoardTasksDocument = graphql(`
  query VisitBoardTasks(
    $filter: VisitTaskFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    visitTasks(
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
      offset: $offset
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...VisitTaskRow
      }
    }
  }
`);

/** How many tasks each section of the board holds, with the same filters. */
export const VisitBoardCountsDocument = graphql(`
  query VisitBoardCounts(
    $overdue: VisitTaskFilter!
    $week: VisitTaskFilter!
    $upcoming: VisitTaskFilter!
  ) {
    overdue: visitTasks(filter: $overdue, first: 0) {
      totalCount
    }
    week: visitTasks(filter: $week, first: 0) {
      totalCount
    }
    upcoming: visitTasks(filter: $upcoming, first: 0) {
      totalCount
    }
  }
`);

export const VisitRowFragment = graphql(`
  fragment VisitRow on Visit {
    id
    occasion
    visitedOn
    visitors
    place
    summary
    gifts
    followUpNeeded
    followUpNote
    late
  }
`);

export const LifeEventRowFragment = graphql(`
  fragment LifeEventRow on LifeEvent {
    id
    kind
    occurredOn
    reportedOn
    place
    note
    admittedOn
    dischargedOn
  }
`);

/**
 * A member's tasks, visits and reported events for the member page. A member collects two or
 * three tasks a year, so one page of each holds many years.
 */
export const MemberVisitsDocument = graphql(`
  query MemberVisits($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Member {
        visitTasks(first: 100) {
          totalCount
          nodes {
            ...VisitTaskRow
          }
        }
        visits(first: 100) {
          totalCount
          nodes {
            ...VisitRow
          }
        }
        lifeEvents(first: 100) {
          totalCount
          nodes {
            ...LifeEventRow
          }
        }
      }
    }
  }
`);

export const RecordVisitDocument = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      visit {
        ...VisitRow
      }
      visitTask {
        id
        status
        doneOn
        doneLate
        dueBy
        version
      }
      disbursement {
        id
        status
        amountFen
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ReportLifeEventDocument = graphql(`
  mutation ReportLifeEvent($input: ReportLifeEventInput!) {
    reportLifeEvent(input: $input) {
      lifeEvent {
        ...LifeEventRow
      }
      visitTask {
        id
        occasion
        dueFrom
        dueBy
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const WaiveVisitTaskDocument = graphql(`
  mutation WaiveVisitTask($input: WaiveVisitTaskInput!) {
    waiveVisitTask(input: $input) {
      visitTask {
        id
        status
        waivedReason
        version
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
