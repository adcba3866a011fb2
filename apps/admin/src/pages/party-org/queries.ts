import { graphql } from '../../gql';

/** A committee in office as the list shows it. */
export const CommitteeTermRowFragment = graphql(`
  fragment CommitteeTermRow on CommitteeTerm {
    id
    electedOn
    termYears
    endsOn
    status
    remarks
    branch {
      id
      name
    }
    seats {
      position
      name
      member {
        id
      }
    }
  }
`);

export const CommitteeTermsDocument = graphql(`
  query CommitteeTerms(
    $filter: CommitteeTermFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    committeeTerms(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CommitteeTermRow
      }
    }
  }
`);

/** The members of a branch to seat on its committee. */
export const CommitteeBranchMembersDocument = graphql(`
  query CommitteeBranchMembers($branchId: ID!) {
    members(first: 100, filter: { branchSubtree: $branchId, status: [ACTIVE] }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const RecordElectionDocument = graphql(`
  mutation RecordElection($input: RecordElectionInput!) {
    recordElection(input: $input) {
      committeeTerm {
        ...CommitteeTermRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const BranchAssessmentsDocument = graphql(`
  query BranchAssessments($year: Int!, $first: Int, $after: String, $last: Int, $before: String) {
    branchAssessments(year: $year, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        year
        branch {
          id
          name
          demonstrationLevel
          demonstrationYear
        }
        assessment {
          id
          rating
          reviewedOn
          remarks
          version
        }
      }
    }
  }
`);

export const RecordBranchAssessmentDocument = graphql(`
  mutation RecordBranchAssessment($input: RecordBranchAssessmentInput!) {
    recordBranchAssessment(input: $input) {
      branchAssessment {
        id
        rating
        reviewedOn
        remarks
        version
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const RepresentativesDocument = graphql(`
  query Representatives($first: Int, $after: String, $last: Int, $before: String) {
    representatives(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        kind
        level
        termFrom
        termTo
        member {
          id
          name
          branch {
            id
            name
          }
        }
      }
    }
  }
`);

export const AddRepresentativeRoleDocument = graphql(`
  mutation AddRepresentativeRole($input: AddRepresentativeRoleInput!) {
    addRepresentativeRole(input: $input) {
      representativeRole {
        id
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const MedalCandidatesDocument = graphql(`
  query MedalCandidates($medal: Medal!, $first: Int, $after: String, $last: Int, $before: String) {
    medalCandidates(medal: $medal, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        name
        partyYears
        retirementDate
        branch {
          id
          name
        }
      }
    }
  }
`);

export const MedalAwardsDocument = graphql(`
  query MedalAwards(
    $filter: MedalAwardFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    medalAwards(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        medal
        issuedOn
        ceremony
        issuedBy
        member {
          id
          name
        }
      }
    }
  }
`);

export const IssueMedalsDocument = graphql(`
  mutation IssueMedals($input: IssueMedalsInput!) {
    issueMedals(input: $input) {
      medalAwards {
        id
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

/** A member's honours, for the member page's 荣誉 tab. */
export const MemberHonoursDocument = graphql(`
  query MemberHonours($id: ID!) {
    node(id: $id) {
      ... on Member {
        id
        eligibleMedals
        medalAwards {
          id
          medal
          issuedOn
          ceremony
          issuedBy
        }
        representativeRoles {
          id
          kind
          level
          termFrom
          termTo
        }
      }
    }
  }
`);
