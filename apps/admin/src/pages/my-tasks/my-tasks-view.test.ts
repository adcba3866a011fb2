import { approvable, myTasksFilters } from './my-tasks-view';

describe('我的待办 filters', () => {
  it('asks for the overdue, the next seven days and this month’s birthdays', () => {
    expect(myTasksFilters('2026-02-10')).toEqual({
      overdue: { overdue: true },
      week: { status: ['OPEN'], dueFrom: '2026-02-10', dueTo: '2026-02-16' },
      decade: {
        status: ['ACTIVE'],
        decadeBirthdayIn: 2026,
        birthdayFrom: '02-01',
        birthdayTo: '02-28',
      },
      political: { status: ['ACTIVE'], partyMember: true, partyJoinMonth: 2 },
    });
  });

  it('leaves out one’s own drafts unless self-approval is allowed', () => {
    const drafts = [{ createdBy: '王明' }, { createdBy: '李书记' }];
    expect(approvable(drafts, '李书记', false)).toEqual([{ createdBy: '王明' }]);
    expect(approvable(drafts, '李书记', true)).toEqual(drafts);
  });
});
