import { fullMembershipDateProblem } from './member-rules';
import { reapplyChanges, toCreateInput, toFormValues, toUpdateInput } from './member-form';
import { FULL_PERSONAL_DATA, memberDetail } from './test-fixtures';

describe('the member form values', () => {
  const member = memberDetail();

  it('leaves personal fields empty unless the full data is known', () => {
    expect(toFormValues(member, null)).toMatchObject({ idCardNumber: undefined, phone: undefined });
    expect(toFormValues(member, FULL_PERSONAL_DATA)).toMatchObject({
      idCardNumber: '430923193112251689',
      phone: '13743430054',
    });
  });

  it('sends only what changed', () => {
    const base = toFormValues(member, FULL_PERSONAL_DATA);
    const values = { ...base, phone: '13800000000', carePlan: '  ', tags: ['离休干部', '独居'] };
    expect(toUpdateInput(values, base, true)).toEqual({
      phone: '13800000000',
      carePlan: null,
      tags: ['离休干部', '独居'],
    });
  });

  it('keeps stored personal data when the field is left empty without permission', () => {
    const base = toFormValues(member, null);
    expect(toUpdateInput({ ...base, phone: '' }, base, false)).toEqual({});
    expect(toUpdateInput({ ...base, phone: '13800000000' }, base, false)).toEqual({
      phone: '13800000000',
    });
  });

  it('clears the joining and full-membership dates of someone who is no longer a party member', () => {
    const base = toFormValues(member, FULL_PERSONAL_DATA);
    expect(toUpdateInput({ ...base, partyMember: false }, base, true)).toEqual({
      partyMember: false,
      partyJoinDate: null,
      fullMembershipDate: null,
    });
  });

  it('sends a changed full-membership date (转正), and an emptied one as unknown', () => {
    const base = toFormValues(member, FULL_PERSONAL_DATA);
    expect(base.fullMembershipDate).toBe('1959-10-10');
    expect(toUpdateInput({ ...base, fullMembershipDate: '1960-04-10' }, base, true)).toEqual({
      fullMembershipDate: '1960-04-10',
    });
    expect(toUpdateInput({ ...base, fullMembershipDate: '' }, base, true)).toEqual({
      fullMembershipDate: null,
    });
  });

  it('lays the person’s changes over the latest version', () => {
    const startedFrom = toFormValues(member, FULL_PERSONAL_DATA);
    const latest = { ...startedFrom, contactLeader: '县长 李四', phone: '13911112222' };
    const mine = { ...startedFrom, phone: '13800000000' };
    const { values, kept } = reapplyChanges(mine, startedFrom, latest);
    expect(kept).toEqual(['phone']);
    expect(values).toMatchObject({ phone: '13800000000', contactLeader: '县长 李四' });
  });

  it('creates with the ID number normalised and empty fields left out', () => {
    const input = toCreateInput({
      ...toFormValues(member, FULL_PERSONAL_DATA),
      idCardNumber: '4309 2319 3112 2516 89',
      spouseName: '',
      partyMember: false,
    });
    expect(input.idCardNumber).toBe('430923193112251689');
    expect(input).not.toHaveProperty('spouseName');
    expect(input.partyJoinDate).toBeUndefined();
    expect(input.fullMembershipDate).toBeUndefined();
  });
});

describe('the full-membership date (转正) rule', () => {
  it('is past, after joining, and needs the joining date', () => {
    expect(fullMembershipDateProblem(undefined, '1975-03-01', '2026-06-15')).toBeNull();
    expect(fullMembershipDateProblem('1976-03-01', '1975-03-01', '2026-06-15')).toBeNull();
    expect(fullMembershipDateProblem('1975-02-28', '1975-03-01', '2026-06-15')).toEqual({
      key: 'roster.form.fullMembershipBeforeJoining',
    });
    expect(fullMembershipDateProblem('1976-03-01', undefined, '2026-06-15')).toEqual({
      key: 'roster.form.fullMembershipNeedsJoining',
    });
    expect(fullMembershipDateProblem('2026-06-16', '1975-03-01', '2026-06-15')).toEqual({
      key: 'roster.form.inFuture',
    });
  });
});
