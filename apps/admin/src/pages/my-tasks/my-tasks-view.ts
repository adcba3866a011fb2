import type { MemberFilter, VisitTaskFilter } from '../../gql/graphql';
import { monthParts } from '../coverage/month-param';
import { WEEK_DAYS } from '../visits/board-view';
import { addDays } from '../visits/occasions';
import { mayApprove } from '../funding/disbursement-view';

/** The filters of 我的待办 on a given day (China time): the same as the board's and lists'. */
export function myTasksFilters(today: string): {
  overdue: VisitTaskFilter;
  week: VisitTaskFilter;
  decade: MemberFilter;
  political: MemberFilter;
} {
  const month = monthParts(today.slice(0, 7));
  return {
    overdue: { overdue: true },
    week: { status: ['OPEN'], dueFrom: today, dueTo: addDays(today, WEEK_DAYS - 1) },
    decade: {
      status: ['ACTIVE'],
      decadeBirthdayIn: month.year,
      birthdayFrom: month.fromDay,
      birthdayTo: month.toDay,
    },
    political: { status: ['ACTIVE'], partyMember: true, partyJoinMonth: month.month },
  };
}

/** Drafts someone may approve: not their own, unless the settings allow it. */
export function approvable<T extends { createdBy: string }>(
  drafts: readonly T[],
  me: string,
  allowSelfApproval: boolean,
): T[] {
  return drafts.filter((draft) => mayApprove(draft, me, allowSelfApproval));
}
