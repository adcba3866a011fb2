import { graphql } from '../../../gql';

/** The member as the member page shows it, with the branch history a transfer adds to. */
export const MemberLifeFragment = graphql(`
  fragment MemberLife on Member {
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
`);

export const RecordDeathDocument = graphql(`
  mutation RecordDeath($input: RecordDeathInput!) {
    recordDeath(input: $input) {
      member {
        ...MemberLife
        bereavement: visitTasks(first: 1, filter: { occasion: [BEREAVEMENT], status: [OPEN] }) {
          nodes {
            id
            dueFrom
            dueBy
          }
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

export const TransferMemberDocument = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      member {
        ...MemberLife
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const RecordTransferOutDocument = graphql(`
  mutation RecordTransferOut($input: RecordTransferOutInput!) {
    recordTransferOut(input: $input) {
      member {
        ...MemberLife
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UndoMemberStatusDocument = graphql(`
  mutation UndoMemberStatus($input: UndoMemberStatusInput!) {
    undoMemberStatus(input: $input) {
      member {
        ...MemberLife
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
