import { graphql } from '../../gql';

export const SignupWindowRowFragment = graphql(`
  fragment SignupWindowRow on SignupWindow {
    activityId
    courseId
    title
    startsAt
    endsAt
    place
    capacity
    opensAt
    closesAt
    closedAt
    open
    signedUp
    waiting
    placesLeft
    version
    course {
      id
      name
      term
      termStartsOn
      termEndsOn
    }
  }
`);

export const OpenSignupsDocument = graphql(`
  query OpenSignups($first: Int, $after: String, $offset: Int) {
    openSignups(first: $first, after: $after, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...SignupWindowRow
      }
    }
  }
`);

export const SignupListDocument = graphql(`
  query SignupList($activityId: ID, $courseId: ID) {
    signups(activityId: $activityId, courseId: $courseId, first: 100) {
      totalCount
      nodes {
        status
        waitingPosition
        signedUpAt
        signedUpBy
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

export const SignupMemberSearchDocument = graphql(`
  query SignupMemberSearch($search: String!) {
    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {
      nodes {
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

export const OpenSignupDocument = graphql(`
  mutation OpenSignup($input: OpenSignupInput!) {
    openSignup(input: $input) {
      signupWindow {
        ...SignupWindowRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CloseSignupDocument = graphql(`
  mutation CloseSignup($input: CloseSignupInput!) {
    closeSignup(input: $input) {
      signupWindow {
        ...SignupWindowRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      signup {
        status
        waitingPosition
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CancelSignupDocument = graphql(`
  mutation CancelSignup($input: CancelSignupInput!) {
    cancelSignup(input: $input) {
      signup {
        status
      }
      promoted {
        member {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The sign-up of an activity or a course, for its 开放报名 form. */
export const SignupOfTargetDocument = graphql(`
  query SignupOfTarget($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        startsAt
        signup {
          ...SignupWindowRow
        }
      }
      ... on Course {
        id
        capacity
        termEndsOn
        signup {
          ...SignupWindowRow
        }
      }
    }
  }
`);
