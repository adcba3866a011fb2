import { graphql } from '../../gql';

/** A budget line as the lines page, the pickers and the forms show it. */
export const BudgetLineFragment = graphql(`
  fragment BudgetLine on Budget {
    id
    year
    category
    name
    amountFen
    committedFen
    paidFen
    remainingFen
    executionRate
    note
    version
    branch {
      id
      name
    }
  }
`);

/**
 * The lines of a year (a county has about a dozen), with their sums. One page of 100: a year
 * with more says so on the page.
 */
export const FundingLinesDocument = graphql(`
  query FundingLines($filter: BudgetFilter!, $bureauId: ID) {
    budgets(first: 100, filter: $filter, bureauId: $bureauId) {
      totalCount
      totals {
        count
        amountFen
        committedFen
        paidFen
        remainingFen
      }
      nodes {
        ...BudgetLine
      }
    }
  }
`);

/** How a year's lines were executed, as its total and each category carry it. */
export const BudgetExecutionFieldsFragment = graphql(`
  fragment BudgetExecutionFields on BudgetExecution {
    lines
    amountFen
    committedFen
    paidFen
    remainingFen
    executionRate
  }
`);

/** A year's money by category and by month: the budget page's charts and the county figures. */
export const FundingSummaryFieldsFragment = graphql(`
  fragment FundingSummaryFields on FundingSummary {
    year
    total {
      ...BudgetExecutionFields
    }
    byCategory {
      category
      ...BudgetExecutionFields
    }
    byMonth {
      month
      paidFen
      approvedFen
    }
  }
`);

/** The year by category and by month, for the charts. */
export const FundingSummaryDocument = graphql(`
  query FundingSummary($year: Int!, $bureauId: ID) {
    fundingSummary(year: $year, bureauId: $bureauId) {
      ...FundingSummaryFields
    }
  }
`);

export const CreateBudgetDocument = graphql(`
  mutation FundingCreateBudget($input: CreateBudgetInput!) {
    createBudget(input: $input) {
      budget {
        ...BudgetLine
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateBudgetDocument = graphql(`
  mutation FundingUpdateBudget($input: UpdateBudgetInput!) {
    updateBudget(input: $input) {
      budget {
        ...BudgetLine
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A payment as the lists, the member page and the printed list show it. */
export const DisbursementRowFragment = graphql(`
  fragment DisbursementRow on Disbursement {
    id
    amountFen
    purpose
    payeeKind
    payeeName
    date
    status
    voidReason
    note
    createdAt
    createdBy
    approvedAt
    approvedBy
    paidAt
    paidBy
    voidedAt
    voidedBy
    version
    budget {
      id
      name
      year
      category
    }
    member {
      id
      name
    }
    branch {
      id
      name
    }
    visit {
      id
      visitedOn
      occasion
    }
  }
`);

/** One page of payments, with the sums of everything the filter matches. */
export const FundingDisbursementsDocument = graphql(`
  query FundingDisbursements(
    $filter: DisbursementFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    disbursements(
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
      offset: $offset
    ) {
      totalCount
      totals {
        count
        amountFen
        committedFen
        paidFen
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...DisbursementRow
      }
    }
    fundingSettings {
      allowSelfApproval
    }
  }
`);

export const CreateDisbursementDocument = graphql(`
  mutation FundingCreateDisbursement($input: CreateDisbursementInput!) {
    createDisbursement(input: $input) {
      disbursement {
        ...DisbursementRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ApproveDisbursementDocument = graphql(`
  mutation FundingApproveDisbursement($input: DisbursementActionInput!) {
    approveDisbursement(input: $input) {
      disbursement {
        ...DisbursementRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PayDisbursementDocument = graphql(`
  mutation FundingPayDisbursement($input: DisbursementActionInput!) {
    payDisbursement(input: $input) {
      disbursement {
        ...DisbursementRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const VoidDisbursementDocument = graphql(`
  mutation FundingVoidDisbursement($input: VoidDisbursementInput!) {
    voidDisbursement(input: $input) {
      disbursement {
        ...DisbursementRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The payments chosen for the printed list, in the order chosen (at most 100). */
export const PrintDisbursementsDocument = graphql(`
  query FundingPrintDisbursements($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Disbursement {
        ...DisbursementRow
      }
    }
  }
`);

/** What a member received, for the member page. */
export const MemberPaymentsDocument = graphql(`
  query FundingMemberPayments($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Member {
        payments(first: 100) {
          totalCount
          totals {
            paidFen
          }
          nodes {
            ...DisbursementRow
          }
        }
      }
    }
  }
`);

/** Members found by name, pinyin or initials, for the payee and filter pickers. */
export const FundingMemberSearchDocument = graphql(`
  query FundingMemberSearch($search: String) {
    members(first: 20, filter: { search: $search }, orderBy: { field: NAME }) {
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

/** A member's name, for a picker whose value came from the URL. */
export const FundingMemberNameDocument = graphql(`
  query FundingMemberName($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Member {
        name
      }
    }
  }
`);

export const FundingSettingsDocument = graphql(`
  query FundingSettingsPage {
    fundingSettings {
      allowSelfApproval
      condolenceYearlyCapFen
      secretariesSeeCountyLines
      version
    }
  }
`);

export const UpdateFundingSettingsDocument = graphql(`
  mutation FundingUpdateSettings($input: UpdateFundingSettingsInput!) {
    updateFundingSettings(input: $input) {
      fundingSettings {
        allowSelfApproval
        condolenceYearlyCapFen
        secretariesSeeCountyLines
        version
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
