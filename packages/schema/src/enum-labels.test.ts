import { enumLabels, enumValues } from './enum-labels';

describe('enum labels', () => {
  it('offers the values in order, labelled in either language', () => {
    expect(enumValues('Gender')).toEqual(['MALE', 'FEMALE']);
    expect(enumLabels('MemberStatus', 'zh-CN')).toEqual({
      ACTIVE: '在册',
      DECEASED: '已故',
      TRANSFERRED_OUT: '已转出',
    });
    expect(enumLabels('RetirementType', 'en-US').LIXIU).toBe('Lixiu');
  });
});
