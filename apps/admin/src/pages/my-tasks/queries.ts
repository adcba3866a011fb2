import { graphql } from '../../gql';

/** Everything 我的待办 shows, in one request: the lists are the caller's reach. */
export const MyTasksDocument = graphql(`
  query MyTasks(
    $overdue: VisitTaskFilter!
    $week: VisitTaskFilter!
    $decade: MemberFilter!
    $political: MemberFilter!
    $withPayments: Boolean!
  ) {
    overdue: visitTasks(filter: $overdue, first: 10) {
      totalCount
      nodes {
        ...VisitTaskRow
      }
    }
    week: visitTasks(filter: $week, first: 10) {
      totalCount
      nodes {
        ...VisitTaskRow
      }
    }
    decade: members(filter: $decade, first: 10, orderBy: { field: BIRTHDAY }) {
      totalCount
      nodes {
        ...MyTaskMember
      }
    }
    political: members(filter: $political, first: 10, orderBy: { field: PARTY_JOIN_DAY }) {
      totalCount
      nodes {
        ...MyTaskMember
        partyJoinDate
      }
    }
    payments: disbursements(filter: { status: [DRAFT] }, first: 20) @include(if: $withPayments) {
      totalCount
      nodes {
        id
        amountFen
        purpose
        payeeName
        date
        createdBy
      }
    }
    fundingSettings @include(if: $withPayments) {
      allowSelfApproval
    }
  }
`);

export const MyTaskMemberFragment = graphql(`
  fragment MyTaskMember on Member {
    id
    name
    birthDate
    phone
    nextBirthday {
      date
      age
    }
    branch {
      id
      name
    }
  }
`);
