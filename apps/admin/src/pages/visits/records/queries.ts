import { graphql } from '../../../gql';

/** A visit as the records list shows it: when, whom, what for, who went, what was given. */
export const VisitRecordFragment = graphql(`
  fragment VisitRecord on Visit {
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
    member {
      id
      name
      phone
      branch {
        id
        name
      }
    }
    payments @include(if: $withPayments) {
      id
      status
      amountFen
    }
  }
`);

/** One page of the visits made, latest first; the sums paid only for those who read money. */
export const VisitRecordsDocument = graphql(`
  query VisitRecords(
    $filter: VisitFilter
    $withPayments: Boolean!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    visits(
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
        ...VisitRecord
      }
    }
  }
`);
