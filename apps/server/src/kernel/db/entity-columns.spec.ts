import 'reflect-metadata';
import { assignments, byColumn, column, columnsOf, insertRow } from './entity-columns';
import { MemberEntity } from '../../modules/member/member.entity';
import { BranchMembershipEntity } from '../../modules/member/branch-membership.entity';

describe('entity columns', () => {
  it('name each column as the entity declares it, relations aside', () => {
    const columns = columnsOf(BranchMembershipEntity);
    expect([...columns]).toEqual([
      ['id', 'id'],
      ['memberId', 'member_id'],
      ['branchId', 'branch_id'],
      ['startedOn', 'started_on'],
      ['endedOn', 'ended_on'],
      ['reason', 'reason'],
      ['note', 'note'],
      ['createdAt', 'created_at'],
    ]);
    expect(column(MemberEntity, 'partyStandingFrom')).toBe('"party_standing_from"');
    // @ts-expect-error a relation is not a column
    expect(() => column(MemberEntity, 'branch')).toThrow('MemberEntity.branch is not a column');
  });

  it('write a row by property under its SQL names', () => {
    const row = { memberId: 7, branchId: 3, startedOn: '2026-06-15', reason: 'ENROLLED' };
    expect(byColumn(BranchMembershipEntity, row)).toEqual({
      member_id: 7,
      branch_id: 3,
      started_on: '2026-06-15',
      reason: 'ENROLLED',
    });
    expect(insertRow(BranchMembershipEntity, row).toQuery()).toEqual({
      text: 'INSERT INTO "branch_membership" ("member_id", "branch_id", "started_on", "reason") VALUES ($1, $2, $3, $4)',
      values: [7, 3, '2026-06-15', 'ENROLLED'],
    });
    expect(assignments(MemberEntity, { phone: null, tags: [] }).toQuery()).toEqual({
      text: '"phone" = $1, "tags" = $2',
      values: [null, []],
    });
    expect(() => byColumn(MemberEntity, { nope: 1 } as never)).toThrow(
      'MemberEntity.nope is not a column',
    );
  });
});
