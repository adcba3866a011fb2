import { graphql } from '../../gql';

export const WorkGroupFieldsFragment = graphql(`
  fragment WorkGroupFields on WorkGroup {
    id
    name
    position
    leader
    leaderUser {
      id
      displayName
    }
    visitors
    visitorUsers {
      id
      displayName
    }
    branches {
      id
      name
    }
    townships
    places
    memberCount
    visitedCount
    paidFen
    version
  }
`);

/** Everything the campaign page shows: the plan, its groups and its progress. */
export const CampaignDetailFragment = graphql(`
  fragment CampaignDetail on Campaign {
    ...CampaignRow
    rules {
      retirementType
      minAge
      tag
      gift
      amountFen
    }
    createdBy
    createdAt
    approvedBy
    approvedAt
    canApprove
    groups {
      ...WorkGroupFields
    }
    progress {
      byGroup {
        workGroup {
          id
          name
        }
        memberCount
        visitedCount
        remainingCount
        paidFen
      }
      byBranch {
        branch {
          id
          name
        }
        memberCount
        visitedCount
        remainingCount
        paidFen
      }
    }
  }
`);

/**
 * What a change to a campaign answers with: its state and figures; the page's query is fetched
 * again for the rest (a mutation repeating the whole page would weigh on every first load).
 */
export const CampaignChangeFragment = graphql(`
  fragment CampaignChange on Campaign {
    id
    name
    status
    version
    plannedMemberCount
    plannedTotalFen
    committedFen
    paidFen
  }
`);

export const CampaignDocument = graphql(`
  query Campaign($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Campaign {
        ...CampaignDetail
      }
    }
  }
`);

/** A member on a campaign's list, with what a route sheet and a batch need. */
export const CampaignEntryRowFragment = graphql(`
  fragment CampaignEntryRow on CampaignEntry {
    id
    gift
    amountFen
    status
    workGroup {
      id
      name
    }
    member {
      id
      name
      phone
      residenceKind
      residencePlace
      address
      personalData @include(if: $full) {
        phone
        address
      }
      branch {
        id
        name
      }
    }
    visit {
      id
      visitedOn
    }
  }
`);

export const CampaignEntriesDocument = graphql(`
  query CampaignEntries(
    $campaignId: ID!
    $filter: CampaignEntryFilter
    $first: Int
    $after: String
    $full: Boolean = false
  ) {
    campaignEntries(campaignId: $campaignId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CampaignEntryRow
      }
    }
  }
`);

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      campaign {
        id
        name
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

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign {
        ...CampaignChange
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

export const DeleteCampaignDocument = graphql(`
  mutation DeleteCampaign($input: DeleteCampaignInput!) {
    deleteCampaign(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const ApproveCampaignDocument = graphql(`
  mutation ApproveCampaign($input: ApproveCampaignInput!) {
    approveCampaign(input: $input) {
      campaign {
        ...CampaignChange
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

export const CloseCampaignDocument = graphql(`
  mutation CloseCampaign($input: CloseCampaignInput!) {
    closeCampaign(input: $input) {
      campaign {
        ...CampaignChange
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

export const CreateWorkGroupDocument = graphql(`
  mutation CreateWorkGroup($input: CreateWorkGroupInput!) {
    createWorkGroup(input: $input) {
      workGroup {
        id
        name
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

export const UpdateWorkGroupDocument = graphql(`
  mutation UpdateWorkGroup($input: UpdateWorkGroupInput!) {
    updateWorkGroup(input: $input) {
      workGroup {
        id
        name
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

export const DeleteWorkGroupDocument = graphql(`
  mutation DeleteWorkGroup($input: DeleteWorkGroupInput!) {
    deleteWorkGroup(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const AssignCampaignDocument = graphql(`
  mutation AssignCampaign($input: AssignCampaignInput!) {
    assignCampaign(input: $input) {
      campaign {
        ...CampaignChange
      }
      assignedCount
      uncoveredCount
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const RecordCampaignVisitsDocument = graphql(`
  mutation RecordCampaignVisits($input: RecordCampaignVisitsInput!) {
    recordCampaignVisits(input: $input) {
      entries {
        id
        status
      }
      visitCount
      paidFen
      replayed
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

/** The accounts a work group may name, for its leader and visitors. */
export const CampaignUsersDocument = graphql(`
  query CampaignUsers($after: String) {
    users(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
        disabledAt
      }
    }
  }
`);
