import { graphql } from '../../gql';

/** An association as the list shows it: its leaders now and what it did in a year. */
export const AssociationRowFragment = graphql(`
  fragment AssociationRow on Association {
    id
    name
    foundedOn
    memberCount
    current: memberships(current: true) {
      id
      role
      member {
        id
        name
      }
    }
    year(year: $year) {
      activities
      awards
    }
  }
`);

export const AssociationsDocument = graphql(`
  query Associations($year: Int!, $first: Int, $after: String, $last: Int, $before: String) {
    associations(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...AssociationRow
      }
    }
  }
`);

/** An association with everyone who is or was in it. */
export const AssociationDetailFragment = graphql(`
  fragment AssociationDetail on Association {
    id
    name
    foundedOn
    description
    memberCount
    memberships {
      id
      role
      joinedOn
      leftOn
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
`);

export const AssociationDocument = graphql(`
  query Association($id: ID!) {
    node(id: $id) {
      __typename
      ... on Association {
        ...AssociationDetail
      }
    }
  }
`);

/** An association's activities of a year with their awards, and the year's counts. */
export const AssociationActivitiesDocument = graphql(`
  query AssociationActivities(
    $id: ID!
    $year: Int!
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    node(id: $id) {
      __typename
      ... on Association {
        id
        year(year: $year) {
          activities
          awards
        }
        activities(year: $year, first: $first, after: $after, last: $last, before: $before) {
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
            title
            startsAt
            endsAt
            place
            externalAttendance
            version
            awards {
              award
              level
              recipient
            }
          }
        }
      }
    }
  }
`);

/** The associations a member is or was in (the member page's 社会任职). */
export const MemberAssociationsDocument = graphql(`
  query MemberAssociations($id: ID!) {
    node(id: $id) {
      __typename
      ... on Member {
        id
        associations {
          id
          role
          joinedOn
          leftOn
          association {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateAssociationDocument = graphql(`
  mutation CreateAssociation($input: CreateAssociationInput!) {
    createAssociation(input: $input) {
      association {
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

export const JoinAssociationDocument = graphql(`
  mutation JoinAssociation($input: JoinAssociationInput!) {
    joinAssociation(input: $input) {
      membership {
        id
        role
        joinedOn
        leftOn
        member {
          id
          name
        }
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

export const LeaveAssociationDocument = graphql(`
  mutation LeaveAssociation($input: LeaveAssociationInput!) {
    leaveAssociation(input: $input) {
      membership {
        id
        leftOn
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

/** Sets the awards won at an association's activity (the list replaces the one kept). */
export const RecordAwardsDocument = graphql(`
  mutation RecordAwards($input: RecordAwardsInput!) {
    recordAwards(input: $input) {
      activity {
        id
        version
        awards {
          award
          level
          recipient
        }
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
