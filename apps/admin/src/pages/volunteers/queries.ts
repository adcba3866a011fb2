import { graphql } from '../../gql';

/** A team's activity as the list shows it, with what came of it. */
export const VolunteerActivityRowFragment = graphql(`
  fragment VolunteerActivityRow on Activity {
    id
    kind
    title
    startsAt
    endsAt
    place
    beneficiaries
    version
    organiser {
      kind
      team {
        id
        name
      }
    }
    volunteerService {
      category
      couplets
      hours
      donationsFen
    }
  }
`);

export const VolunteerActivitiesDocument = graphql(`
  query VolunteerActivities(
    $filter: ActivityFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    activities(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...VolunteerActivityRow
      }
    }
  }
`);

/** A team's activity with its files, for the form once saved. */
export const VolunteerActivityDetailDocument = graphql(`
  query VolunteerActivityDetail($id: ID!) {
    node(id: $id) {
      ... on Activity {
        ...VolunteerActivityRow
        attachments {
          id
          fileName
          contentType
          url
          thumbnailUrl
        }
      }
    }
  }
`);

export const VolunteerTeamOptionsDocument = graphql(`
  query VolunteerTeamOptions {
    volunteerTeams(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** A team's volunteers now, for the hours. */
export const TeamVolunteersDocument = graphql(`
  query TeamVolunteers($teamId: ID!) {
    volunteers(first: 100, filter: { teamId: $teamId }) {
      nodes {
        id
        name
        onRoster
      }
    }
  }
`);

export const CreateVolunteerActivityDocument = graphql(`
  mutation CreateVolunteerActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
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

export const RecordVolunteerServiceDocument = graphql(`
  mutation RecordVolunteerService($input: RecordVolunteerServiceInput!) {
    recordVolunteerService(input: $input) {
      activity {
        ...VolunteerActivityRow
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

export const VolunteerRankingDocument = graphql(`
  query VolunteerRanking($year: Int!, $first: Int, $after: String, $last: Int, $before: String) {
    volunteerRanking(year: $year, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        rank
        hours
        points
        activities
        volunteer {
          id
          name
          onRoster
          memberships {
            leftOn
            team {
              id
              name
            }
          }
        }
      }
    }
    volunteerSettings {
      pointsPerHour
    }
  }
`);

/** A member's community and advisory roles (社会任职), those held first. */
export const MemberRolesDocument = graphql(`
  query MemberRoles($id: ID!) {
    node(id: $id) {
      __typename
      ... on Member {
        id
        roles {
          id
          kind
          organisation
          title
          startedOn
          endedOn
          version
          studio {
            id
            name
          }
        }
      }
    }
  }
`);

export const EldersStudioOptionsDocument = graphql(`
  query EldersStudioOptions {
    eldersStudios(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const AddMemberRoleDocument = graphql(`
  mutation AddMemberRole($input: AddMemberRoleInput!) {
    addMemberRole(input: $input) {
      role {
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

export const EndMemberRoleDocument = graphql(`
  mutation EndMemberRole($input: EndMemberRoleInput!) {
    endMemberRole(input: $input) {
      role {
        id
        endedOn
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
