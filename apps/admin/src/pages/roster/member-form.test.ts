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

  it('clears the joining date of someone who is no longer a party member', () => {
    const base = toFormValues(member, FULL_PERSONAL_DATA);
    expect(toUpdateInput({ ...base, partyMember: false }, base, true)).toEqual({
      partyMember: false,
      partyJoinDate: null,
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
  });
});
