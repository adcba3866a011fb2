import { graphql } from '../../gql';

export const TokenListFieldsFragment = graphql(`
  fragment TokenListFields on ApiToken {
    id
    name
    scopes
    branch {
      id
      name
    }
    tokenPrefix
    createdBy {
      id
      displayName
    }
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

/** Every token (newest first), a page at a time; revoked ones only when asked. */
export const TokenListTokensDocument = graphql(`
  query TokenListTokens($after: String, $includeRevoked: Boolean!) {
    apiTokens(first: 100, after: $after, includeRevoked: $includeRevoked) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TokenListFields
      }
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation TokenListCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken {
        ...TokenListFields
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation TokenListRevoke($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
