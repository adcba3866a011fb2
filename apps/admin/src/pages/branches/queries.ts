import { graphql } from '../../gql';

/** Everything the tree, its badges and the detail panel show, so selecting a branch costs nothing. */
export const BranchTreeFieldsFragment = graphql(`
  fragment BranchTreeFields on Branch {
    id
    name
    kind
    parent {
      id
    }
    memberCount
    demonstrationLevel
    demonstrationYear
    hasMembersHome
    secretary {
      id
      name
    }
    foundedOn
    address
    meetingPlace
    version
    updatedAt
  }
`);

/** The whole tree in reach (or a bureau's), a page at a time (147 branches in the demo: two pages). */
export const BranchTreeAllDocument = graphql(`
  query BranchTreeAll($after: String, $filter: BranchFilter) {
    branches(first: 100, after: $after, filter: $filter, orderBy: { field: NAME }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...BranchTreeFields
      }
    }
  }
`);

/** Which branches match the search and filters; the tree shows them with their ancestors. */
export const BranchTreeMatchesDocument = graphql(`
  query BranchTreeMatches($filter: BranchFilter!, $after: String) {
    branches(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

/** Candidates for secretary: current members of the branch and the branches below it. */
export const BranchSecretaryCandidatesDocument = graphql(`
  query BranchSecretaryCandidates($branchId: ID!, $search: String) {
    members(
      first: 20
      filter: { branchSubtree: $branchId, search: $search, status: [ACTIVE] }
      orderBy: { field: NAME }
    ) {
      nodes {
        id
        name
        age
        branch {
          id
          name
        }
      }
    }
  }
`);

export const CreateBranchDocument = graphql(`
  mutation BranchTreeCreate($input: CreateBranchInput!) {
    createBranch(input: $input) {
      branch {
        ...BranchTreeFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateBranchDocument = graphql(`
  mutation BranchTreeUpdate($input: UpdateBranchInput!) {
    updateBranch(input: $input) {
      branch {
        ...BranchTreeFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MoveBranchDocument = graphql(`
  mutation BranchTreeMove($input: MoveBranchInput!) {
    moveBranch(input: $input) {
      branch {
        ...BranchTreeFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ArchiveBranchDocument = graphql(`
  mutation BranchTreeArchive($input: ArchiveBranchInput!) {
    archiveBranch(input: $input) {
      branch {
        id
        archivedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
