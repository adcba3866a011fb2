import {
  hasRecordsFilters,
  periodOf,
  recordsViewCodec,
  toRecordsVariables,
  visitRecordsLink,
} from './records-view';

const codec = recordsViewCodec(2026);
const params = (link: string) => new URLSearchParams(link.split('?')[1] ?? '');

describe('the visit records’ view in the URL', () => {
  it('shows this year by default, and leaves it out of the address', () => {
    const view = codec.parse(new URLSearchParams());
    expect(view).toMatchObject({ from: '2026-01-01', to: '2026-12-31', occasions: [], page: 1 });
    expect(codec.format(view).toString()).toBe('');
    expect(hasRecordsFilters(view, 2026)).toBe(false);
  });

  it('keeps cleared dates apart from the default', () => {
    const all = { ...codec.parse(new URLSearchParams()), from: null, to: null };
    expect(codec.format(all).toString()).toBe('dates=all');
    expect(codec.parse(codec.format(all))).toMatchObject({ from: null, to: null });
    const open = codec.parse(new URLSearchParams('from=2025-03-01'));
    expect(open).toMatchObject({ from: '2025-03-01', to: null });
    expect(codec.parse(new URLSearchParams('from=2025-02-30'))).toMatchObject({ from: null });
  });

  it('reads every filter back as written, and drops what it does not know', () => {
    const link =
      '?from=2025-01-01&to=2025-06-30&occasion=ROUTINE&occasion=HOLIDAY&occasion=PICNIC' +
      '&branch=QnJhbmNoOjE&late=1&followUp=0&q=%20zjg%20&bureau=QnVyZWF1OjM&size=50&after=c9&page=3';
    const view = codec.parse(params(link));
    expect(view).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
      occasions: ['HOLIDAY', 'ROUTINE'],
      branch: 'QnJhbmNoOjE',
      late: true,
      followUp: false,
      search: 'zjg',
      bureau: 'QnVyZWF1OjM',
      size: 50,
      cursor: { after: 'c9' },
      page: 3,
    });
    expect(codec.parse(codec.format(view))).toEqual(view);
    expect(toRecordsVariables(view, false)).toEqual({
      filter: {
        visitedFrom: '2025-01-01',
        visitedTo: '2025-06-30',
        occasion: ['HOLIDAY', 'ROUTINE'],
        branchSubtree: 'QnJhbmNoOjE',
        late: true,
        followUpNeeded: false,
        search: 'zjg',
        bureauId: 'QnVyZWF1OjM',
      },
      withPayments: false,
      first: 50,
      after: 'c9',
    });
  });

  it('links to a year or a month with its dates written out', () => {
    expect(periodOf(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf(2025, 12)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    // This year's link still names the year: it stays right when the calendar turns.
    const link = visitRecordsLink({ ...periodOf(2026), occasions: ['DISASTER'] });
    expect(link).toBe('/visits/records?from=2026-01-01&to=2026-12-31&occasion=DISASTER');
    expect(codec.parse(params(link))).toMatchObject({ ...periodOf(2026), occasions: ['DISASTER'] });
    expect(visitRecordsLink({ search: '张' })).toBe('/visits/records?dates=all&q=%E5%BC%A0');
  });
});
