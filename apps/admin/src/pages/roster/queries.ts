import { graphql } from '../../gql';

/** One page of the roster, with each member's branch, in a single request. */
export const RosterMembersDocument = graphql(`
  query RosterMembers(
    $filter: MemberFilter
    $orderBy: MemberOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    members(
      filter: $filter
      orderBy: $orderBy
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
        id
        name
        gender
        age
        birthDate
        idCardNumber
        retirementType
        partyYears
        status
        phone
        residenceKind
        residencePlace
        eligibleMedals
        updatedAt
        branch {
          id
          name
        }
      }
    }
  }
`);

/**
 * Everything the member page and the edit form show. Mutations answer with the same fields, so
 * the cache holds one up-to-date copy for both.
 */
export const MemberDetailFragment = graphql(`
  fragment MemberDetail on Member {
    id
    version
    name
    gender
    ethnicity
    birthDate
    age
    idCardNumber
    phone
    address
    residenceKind
    residencePlace
    formerUnit
    formerPosition
    rank
    retirementType
    retirementDate
    workStartDate
    partyMember
    partyJoinDate
    fullMembershipDate
    partyStandingFrom
    partyStandingEstimated
    partyYears
    status
    deathDate
    deathCause
    transferredOutOn
    transferDestination
    healthStatus
    healthNotes
    livingSituation
    spouseName
    emergencyContactName
    emergencyContactRelation
    emergencyContactPhone
    carePlan
    contactLeader
    tags
    eligibleMedals
    nextBirthday {
      date
      age
    }
    nextDecadeBirthday {
      date
      age
    }
    createdAt
    updatedAt
    branch {
      id
      name
      ancestors {
        id
        name
      }
    }
  }
`);

export const MemberDetailDocument = graphql(`
  query MemberDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Member {
        ...MemberDetail
        branchHistory {
          startedOn
          endedOn
          reason
          note
          branch {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The personal data in full. Each read is written to the audit trail by the server, and the
 * screens fetch it with `no-cache`, so it is neither kept nor shown without a deliberate look.
 */
export const MemberPersonalDataDocument = graphql(`
  query MemberPersonalData($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Member {
        personalData {
          idCardNumber
          phone
          address
          healthNotes
          emergencyContactPhone
        }
      }
    }
  }
`);

export const TownshipsDocument = graphql(`
  query Townships {
    townships
  }
`);

/** Who holds an ID number already (the search finds ID numbers by their end). */
export const MemberWithIdCardDocument = graphql(`
  query MemberWithIdCard($idCardNumber: String!) {
    members(first: 1, filter: { search: $idCardNumber }) {
      nodes {
        id
        name
        status
        branch {
          id
          name
        }
      }
    }
  }
`);

export const CreateMemberDocument = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      member {
        ...MemberDetail
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateMemberDocument = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      member {
        ...MemberDetail
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
