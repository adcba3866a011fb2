/**
 * Answers of the API as the visit tests need them, with `__typename`s as the server sends them
 * (Apollo's cache relies on them). Names are fictional, as in the demo data.
 */
import type {
  LifeEventRowFragment,
  UserErrorCode,
  VisitRowFragment,
  VisitTaskRowFragment,
} from '../../gql/graphql';

export const MEMBER_ID = 'TWVtYmVyOjIyNzM';

type TaskMember = NonNullable<VisitTaskRowFragment['member']>;

/** A member as a task shows them; 陈菊平 unless told otherwise. */
export function taskMember(overrides: Partial<TaskMember> = {}): TaskMember {
  const { branch, ...rest } = overrides;
  return {
    __typename: 'Member',
    id: MEMBER_ID,
    name: '陈菊平',
    birthDate: '1931-12-25',
    status: 'ACTIVE',
    phone: '138****5678',
    ...rest,
    branch: {
      __typename: 'Branch',
      ...(branch ?? { id: 'QnJhbmNoOjEw', name: '安化一中离退休干部第二党支部' }),
    },
  } as TaskMember;
}

export function taskRow(
  overrides: Partial<VisitTaskRowFragment> & Pick<VisitTaskRowFragment, 'id'>,
): VisitTaskRowFragment {
  return {
    __typename: 'VisitTask',
    version: 1,
    occasion: 'HOLIDAY',
    occurrenceKey: 'SPRING_FESTIVAL:2027',
    triggerDate: '2027-02-06',
    dueFrom: '2027-01-07',
    dueBy: '2027-02-06',
    status: 'OPEN',
    doneOn: null,
    doneLate: null,
    waivedReason: null,
    member: taskMember(),
    lifeEvent: null,
    ...overrides,
  } as VisitTaskRowFragment;
}

export function tasksPage(rows: VisitTaskRowFragment[], totalCount: number, hasNextPage = false) {
  return {
    data: {
      visitTasks: {
        __typename: 'VisitTaskConnection' as const,
        totalCount,
        pageInfo: {
          __typename: 'PageInfo' as const,
          hasNextPage,
          hasPreviousPage: false,
          startCursor: rows.length ? 'c-start' : null,
          endCursor: rows.length ? 'c-end' : null,
        },
        nodes: rows,
      },
    },
  };
}

export function countsResult(overdue: number, week: number, upcoming: number) {
  const count = (totalCount: number) => ({
    __typename: 'VisitTaskConnection' as const,
    totalCount,
  });
  return { data: { overdue: count(overdue), week: count(week), upcoming: count(upcoming) } };
}

export function visitRow(
  overrides: Partial<VisitRowFragment> & Pick<VisitRowFragment, 'id'>,
): VisitRowFragment {
  return {
    __typename: 'Visit',
    occasion: 'ROUTINE',
    visitedOn: '2026-10-12',
    visitors: '局长 王某',
    place: '家中',
    summary: '身体尚好，精神不错',
    gifts: null,
    followUpNeeded: false,
    followUpNote: null,
    late: false,
    ...overrides,
  } as VisitRowFragment;
}

export function lifeEventRow(
  overrides: Partial<LifeEventRowFragment> & Pick<LifeEventRowFragment, 'id'>,
): LifeEventRowFragment {
  return {
    __typename: 'LifeEvent',
    kind: 'HOSPITALIZED',
    occurredOn: '2026-11-20',
    reportedOn: '2026-11-20',
    place: '县人民医院',
    note: null,
    admittedOn: '2026-11-20',
    dischargedOn: null,
    ...overrides,
  } as LifeEventRowFragment;
}

/** A mutation's answer with the given user errors and nothing written. */
export function userErrors(field: string, code: UserErrorCode, message: string) {
  return [{ __typename: 'UserError' as const, field: [field], code, message }];
}
