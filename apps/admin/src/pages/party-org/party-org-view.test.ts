import { seatsInput, secretaryOf } from './party-org-view';

describe('the election form’s seats', () => {
  it('sends a member, or the name typed (trimmed), never both', () => {
    expect(
      seatsInput([
        { position: 'SECRETARY', memberId: 'TWVtYmVyOjE', name: '不该发送' },
        { position: 'DEPUTY_SECRETARY', memberId: null, name: ' 周社区 ' },
        { position: 'PROPAGANDA', memberId: null, name: '   ' },
      ]),
    ).toEqual([
      { position: 'SECRETARY', memberId: 'TWVtYmVyOjE' },
      { position: 'DEPUTY_SECRETARY', name: '周社区' },
      { position: 'PROPAGANDA', name: null },
    ]);
  });

  it('names the secretary of the seats', () => {
    expect(
      secretaryOf([
        { position: 'ORGANISATION', name: '李四' },
        { position: 'SECRETARY', name: '张三' },
      ]),
    ).toBe('张三');
    expect(secretaryOf([])).toBe('');
  });
});
