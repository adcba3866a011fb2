import { graphql } from '../../gql';

export const UserListFieldsFragment = graphql(`
  fragment UserListFields on User {
    id
    username
    displayName
    role
    branch {
      id
      name
    }
    bureau {
      id
      name
      level
    }
    disabledAt
    createdAt
    updatedAt
    version
  }
`);

/** Every account, a page at a time; a county has a few dozen. */
export const UserListAccountsDocument = graphql(`
  query UserListAccounts($after: String) {
    users(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UserListFields
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation UserListCreate($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserListFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UserListUpdate($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserListFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation UserListResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        version
        updatedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
