import { graphql } from '../../gql';

/** An activity as the list and the form show it. */
export const ActivityRowFragment = graphql(`
  fragment ActivityRow on Activity {
    id
    kind
    title
    startsAt
    endsAt
    place
    summary
    externalAttendance
    beneficiaries
    version
    organiser {
      kind
      branch {
        id
        name
      }
      team {
        id
        name
      }
      association {
        id
        name
      }
    }
    attendance {
      participants
      present
      absent
      excused
    }
    signup {
      open
      capacity
      placesLeft
    }
  }
`);

export const ActivitiesDocument = graphql(`
  query Activities(
    $filter: ActivityFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    activities(
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
        ...ActivityRow
      }
    }
  }
`);

/** One activity with its participants and files, for the form. */
export const ActivityDetailDocument = graphql(`
  query ActivityDetail($id: ID!) {
    node(id: $id) {
      ... on Activity {
        ...ActivityRow
        signup {
          signedUpMembers {
            id
            name
          }
        }
        participants {
          attendance
          absenceReason
          member {
            id
            name
          }
        }
        attachments {
          id
          fileName
          contentType
          sizeBytes
          url
          thumbnailUrl
        }
      }
    }
  }
`);

/** The members of a branch, whom the attendance picker offers. */
export const BranchMembersDocument = graphql(`
  query PartyLifeBranchMembers($branchId: ID!) {
    members(first: 100, filter: { branchSubtree: $branchId, status: [ACTIVE] }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        ...ActivityRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      activity {
        ...ActivityRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      activity {
        ...ActivityRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeleteAttachmentDocument = graphql(`
  mutation DeleteActivityAttachment($input: DeleteAttachmentInput!) {
    deleteAttachment(input: $input) {
      deletedAttachmentId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const BranchComplianceRowFragment = graphql(`
  fragment BranchComplianceRow on BranchCompliance {
    year
    quarter
    behind
    overdueKinds
    participants
    present
    attendanceRate
    branch {
      id
      name
      parent {
        id
        name
      }
    }
    kinds {
      kind
      frequency
      required
      held
      met
      overdue
      dueBy
    }
  }
`);

export const PartyLifeComplianceDocument = graphql(`
  query PartyLifeCompliance(
    $year: Int!
    $quarter: Int
    $behindOnly: Boolean!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    partyLifeCompliance(
      year: $year
      quarter: $quarter
      behindOnly: $behindOnly
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
        ...BranchComplianceRow
      }
    }
  }
`);

export const BranchComplianceDocument = graphql(`
  query BranchCompliance($branchId: ID!, $year: Int!, $quarter: Int) {
    branchCompliance(branchId: $branchId, year: $year, quarter: $quarter) {
      ...BranchComplianceRow
    }
  }
`);

/** 我的待办: the meetings due or overdue in the branches in reach. */
export const DueMeetingsDocument = graphql(`
  query DueMeetings($year: Int!) {
    partyLifeCompliance(year: $year, first: 100) {
      nodes {
        branch {
          id
          name
        }
        kinds {
          kind
          overdue
          dueBy
        }
      }
    }
  }
`);
