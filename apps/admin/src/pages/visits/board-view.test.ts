import {
  DEFAULT_BOARD,
  formatBoardView,
  parseBoardView,
  toBoardVariables,
  toCountVariables,
} from './board-view';

describe('the board in the URL', () => {
  it('reads a shared link back, ignoring what it does not know', () => {
    const view = parseBoardView(
      new URLSearchParams(
        'section=week&occasion=HOSPITALIZATION&branch=QnJhbmNoOjEw&q=张&bureau=QnVyZWF1OjM&size=50',
      ),
    );
    expect(view).toEqual({
      ...DEFAULT_BOARD,
      section: 'week',
      occasion: 'HOSPITALIZATION',
      branch: 'QnJhbmNoOjEw',
      search: '张',
      bureau: 'QnVyZWF1OjM',
      size: 50,
    });
    expect(toBoardVariables(view, '2026-11-29').filter).toMatchObject({
      search: '张',
      bureauId: 'QnVyZWF1OjM',
    });
    // Each section's count is the bureau's too.
    for (const filter of Object.values(toCountVariables(view, '2026-11-29')))
      expect(filter).toMatchObject({ bureauId: 'QnVyZWF1OjM' });
    expect(parseBoardView(new URLSearchParams('section=soon&occasion=ROUTINE&size=7'))).toEqual(
      DEFAULT_BOARD,
    );
  });

  it('writes only what differs from the defaults', () => {
    expect(formatBoardView(DEFAULT_BOARD).toString()).toBe('');
    const view = {
      ...DEFAULT_BOARD,
      section: 'upcoming' as const,
      cursor: { after: 'c' },
      page: 3,
    };
    expect(formatBoardView(view).toString()).toBe('section=upcoming&after=c&page=3');
    expect(parseBoardView(formatBoardView(view))).toEqual(view);
  });
});

describe('the sections as API filters', () => {
  const today = '2026-11-29';

  it('splits open tasks into overdue, due within seven days and later', () => {
    const view = { ...DEFAULT_BOARD, occasion: 'HOLIDAY' as const, branch: 'B1' };
    expect(toCountVariables(view, today)).toEqual({
      overdue: { overdue: true, occasion: ['HOLIDAY'], branchSubtree: 'B1' },
      week: {
        status: ['OPEN'],
        dueFrom: '2026-11-29',
        dueTo: '2026-12-05',
        occasion: ['HOLIDAY'],
        branchSubtree: 'B1',
      },
      upcoming: {
        status: ['OPEN'],
        dueFrom: '2026-12-06',
        occasion: ['HOLIDAY'],
        branchSubtree: 'B1',
      },
    });
  });

  it('pages forwards and backwards with the cursor', () => {
    expect(toBoardVariables({ ...DEFAULT_BOARD, section: 'week' }, today)).toEqual({
      filter: { status: ['OPEN'], dueFrom: '2026-11-29', dueTo: '2026-12-05' },
      first: 20,
    });
    expect(toBoardVariables({ ...DEFAULT_BOARD, cursor: { before: 'c' }, page: 2 }, today)).toEqual(
      { filter: { overdue: true }, last: 20, before: 'c' },
    );
  });
});
