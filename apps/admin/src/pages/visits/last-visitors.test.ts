import { lastVisitors, rememberVisitors } from './last-visitors';

describe('the visit form’s last visitors', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each person’s own, newest first, five at most, without repeats', () => {
    for (const v of ['甲', '乙', '丙', '丁', '戊', '己', '乙']) rememberVisitors('u1', v);
    expect(lastVisitors('u1')).toEqual(['乙', '己', '戊', '丁', '丙']);
    expect(lastVisitors('u2')).toEqual([]);
  });

  it('forgets nothing for nobody and survives a damaged entry', () => {
    rememberVisitors(null, '甲');
    expect(lastVisitors(null)).toEqual([]);
    localStorage.setItem('wanxia.visitors.u1', '{not json');
    expect(lastVisitors('u1')).toEqual([]);
  });
});
