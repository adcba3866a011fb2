import {
  disbursementsLink,
  formatDisbursementView,
  parseDisbursementView,
  toDisbursementVariables,
} from './disbursement-view';
import { cumulativeRates } from './funding-chart';

describe('the payments view in the URL', () => {
  it('reads every filter and leaves out what is not set', () => {
    const params = new URLSearchParams(
      'year=2026&budget=QnVkZ2V0OjI&category=ASSISTANCE&branch=QnJhbmNoOjI&status=PAID' +
        '&from=2026-01-01&to=2026-06-30&member=TWVtYmVyOjU&bureau=QnVyZWF1OjM&size=50',
    );
    const view = parseDisbursementView(params);
    expect(formatDisbursementView(view).toString()).toBe(params.toString());
    expect(toDisbursementVariables(view)).toEqual({
      filter: {
        year: 2026,
        budgetId: 'QnVkZ2V0OjI',
        category: ['ASSISTANCE'],
        branchId: 'QnJhbmNoOjI',
        status: ['PAID'],
        dateFrom: '2026-01-01',
        dateTo: '2026-06-30',
        memberId: 'TWVtYmVyOjU',
        bureauId: 'QnVyZWF1OjM',
      },
      first: 50,
    });
  });

  it('drops what is malformed rather than asking the server with it', () => {
    const view = parseDisbursementView(
      new URLSearchParams('year=26&category=GIFTS&status=LOST&from=2026-02-30&size=7'),
    );
    expect(toDisbursementVariables(view)).toEqual({ filter: {}, first: 20 });
  });

  it('pages backwards before a cursor', () => {
    const view = parseDisbursementView(new URLSearchParams('before=c1&page=3'));
    expect(toDisbursementVariables(view)).toEqual({ filter: {}, last: 20, before: 'c1' });
    expect(view.page).toBe(3);
  });

  it('links a line to its payments', () => {
    expect(disbursementsLink({ year: 2026, budget: 'QnVkZ2V0OjI' })).toBe(
      '/funding/disbursements?year=2026&budget=QnVkZ2V0OjI',
    );
    expect(disbursementsLink({})).toBe('/funding/disbursements');
  });
});

describe('the cumulative execution rate', () => {
  it('adds the months up to the last one passed, in per cent of the year', () => {
    const months = [1, 2, 3, 4].map((month) => ({ month, paidFen: 250, approvedFen: 0 }));
    expect(cumulativeRates(months, 1000, 3)).toEqual([25, 50, 75, null]);
    expect(cumulativeRates(months, 0, 12)).toEqual([null, null, null, null]);
  });
});
