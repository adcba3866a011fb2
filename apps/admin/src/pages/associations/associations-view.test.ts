import {
  awardRows,
  awardText,
  awardsInput,
  currentFirst,
  currentMembers,
  leadersOf,
} from './associations-view';

const m = (
  role: 'PRESIDENT' | 'VICE_PRESIDENT' | 'SECRETARY_GENERAL' | 'MEMBER',
  name: string,
) => ({
  role,
  member: { name },
});

describe('associations view', () => {
  it('names the leaders in the order of their roles, members left out', () => {
    expect(
      leadersOf([
        m('MEMBER', '刘桂兰'),
        m('SECRETARY_GENERAL', '赵明'),
        m('VICE_PRESIDENT', '王秀英'),
        m('PRESIDENT', '李建国'),
        { role: 'VICE_PRESIDENT' as const, member: null },
      ]).map((l) => l.member!.name),
    ).toEqual(['李建国', '王秀英', '赵明']);
  });

  it('puts current memberships first, then the former, latest left first', () => {
    expect(
      currentFirst([
        { id: 'a', leftOn: '2019-01-01' },
        { id: 'b', leftOn: null },
        { id: 'c', leftOn: '2021-06-30' },
        { id: 'd', leftOn: null },
      ]).map((x) => x.id),
    ).toEqual(['b', 'd', 'c', 'a']);
  });

  it('reads an award as level, award and, when named, its winner', () => {
    const level = (l: string) => ({ CITY: '市级', NATIONAL: '国家级' })[l as 'CITY'];
    expect(
      awardText({ award: '合唱比赛一等奖', level: 'CITY', recipient: '“夕阳红”合唱团' }, level),
    ).toBe('市级 · 合唱比赛一等奖（“夕阳红”合唱团）');
    expect(awardText({ award: '书法展优秀奖', level: 'NATIONAL', recipient: null }, level)).toBe(
      '国家级 · 书法展优秀奖',
    );
  });
});

describe('awards in the form', () => {
  it('turns the rows into the list recordAwards takes: trimmed, a blank recipient none', () => {
    expect(
      awardsInput([
        { award: ' 金奖 ', level: 'PROVINCIAL', recipient: ' 王秀英 ' },
        { award: '优秀组织奖', level: 'COUNTY', recipient: '  ' },
      ]),
    ).toEqual([
      { award: '金奖', level: 'PROVINCIAL', recipient: '王秀英' },
      { award: '优秀组织奖', level: 'COUNTY', recipient: null },
    ]);
    expect(awardsInput(undefined)).toEqual([]);
  });

  it('fills the rows from the awards kept, round trip unchanged', () => {
    const kept = [{ award: '一等奖', level: 'CITY' as const, recipient: null }];
    expect(awardRows(kept)).toEqual([{ award: '一等奖', level: 'CITY', recipient: '' }]);
    expect(awardsInput(awardRows(kept))).toEqual(kept);
  });

  it('offers the current members only as participants', () => {
    expect(
      currentMembers([
        { leftOn: null, member: { id: 'Member:1', name: '李建国' } },
        { leftOn: '2020-12-31', member: { id: 'Member:2', name: '张德明' } },
        { leftOn: null, member: null },
      ]),
    ).toEqual([{ id: 'Member:1', name: '李建国' }]);
  });
});
