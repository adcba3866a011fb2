import { parseRosterView, toMemberFilter } from '../roster/roster-view';
import { branchViewCodec } from '../branches/branch-view';
import { coverageViewCodec } from '../coverage/coverage-view';
import { parseBoardView } from '../visits/board-view';
import { recordsViewCodec } from '../visits/records/records-view';
import { linesViewCodec } from '../funding/lines-view';
import {
  ageBandLink,
  branchesLink,
  coverageLink,
  fundingLinesLink,
  partyYearsBandLink,
  reportLink,
  rosterLink,
  visitBoardLink,
  visitsMadeLink,
} from './dashboard-links';

const THIS_YEAR = 2026;

/** The query string of a link, as the page it opens reads it. */
const params = (link: string) => new URLSearchParams(link.split('?')[1] ?? '');

describe('the dashboard’s links, as the list pages read them', () => {
  it('open the roster filtered to a figure', () => {
    expect(parseRosterView(params(rosterLink()))).toMatchObject({ status: 'ACTIVE' });
    expect(parseRosterView(params(rosterLink({ retirementType: 'LIXIU' })))).toMatchObject({
      status: 'ACTIVE',
      retirementType: 'LIXIU',
    });
    expect(parseRosterView(params(rosterLink({ medal: true })))).toMatchObject({ medal: true });
    expect(parseRosterView(params(rosterLink({ status: 'DECEASED' })))).toMatchObject({
      status: 'DECEASED',
    });
    expect(parseRosterView(params(rosterLink({ partyYears: 0 })))).toMatchObject({
      partyYearsAtLeast: 0,
    });
  });

  it('keep the bureau picked on the dashboard, which the roster asks the API for', () => {
    const view = parseRosterView(
      params(rosterLink({ retirementType: 'LIXIU', bureauId: 'QnVyZWF1OjM' })),
    );
    expect(view).toMatchObject({ bureau: 'QnVyZWF1OjM', retirementType: 'LIXIU' });
    expect(toMemberFilter(view, '2026-12-04')).toMatchObject({ bureauId: 'QnVyZWF1OjM' });
    expect(parseRosterView(params(ageBandLink({ from: 80, to: 89 }, 'QnVyZWF1OjM')))).toMatchObject(
      {
        bureau: 'QnVyZWF1OjM',
        ageMin: 80,
      },
    );
    expect(parseRosterView(params(rosterLink())).bureau).toBeNull();
  });

  it('turn age and party-year bands into the roster’s ranges', () => {
    expect(parseRosterView(params(ageBandLink({ from: 80, to: 89 })))).toMatchObject({
      ageMin: 80,
      ageMax: 89,
    });
    expect(parseRosterView(params(ageBandLink({ from: 0, to: 59 })))).toMatchObject({
      ageMin: null,
      ageMax: 59,
    });
    expect(parseRosterView(params(ageBandLink({ from: 90, to: null })))).toMatchObject({
      ageMin: 90,
      ageMax: null,
    });
    expect(parseRosterView(params(partyYearsBandLink({ from: 30, to: 39 })))).toMatchObject({
      partyYearsAtLeast: 30,
      partyYearsAtMost: 39,
    });
    expect(parseRosterView(params(partyYearsBandLink({ from: 50, to: null })))).toMatchObject({
      partyYearsAtLeast: 50,
      partyYearsAtMost: null,
    });
  });

  it('open the branch tree at a demonstration level or the homes', () => {
    expect(branchesLink()).toBe('/branches');
    expect(branchViewCodec.parse(params(branchesLink({ level: 'CITY' })))).toMatchObject({
      level: 'CITY',
    });
    expect(branchViewCodec.parse(params(branchesLink({ home: true })))).toMatchObject({
      home: true,
    });
  });

  it('open the coverage of the year and the task board of an occasion', () => {
    expect(coverageLink(2022).split('?')[0]).toBe('/visits/coverage');
    expect(coverageViewCodec(THIS_YEAR).parse(params(coverageLink(2022)))).toEqual({
      year: 2022,
      bureauId: null,
      branchId: null,
    });
    expect(coverageViewCodec(THIS_YEAR).parse(params(coverageLink(2022, 'Bureau:430923')))).toEqual(
      { year: 2022, bureauId: 'Bureau:430923', branchId: null },
    );
    expect(visitBoardLink({ occasion: 'DISASTER' }).split('?')[0]).toBe('/visits');
    expect(parseBoardView(params(visitBoardLink({ occasion: 'DISASTER' })))).toMatchObject({
      occasion: 'DISASTER',
    });
    expect(parseBoardView(params(visitBoardLink({ section: 'overdue' })))).toMatchObject({
      section: 'overdue',
    });
  });

  it('open the visits made in a year, a month of it, or of one occasion', () => {
    const records = recordsViewCodec(THIS_YEAR);
    expect(visitsMadeLink(2022).split('?')[0]).toBe('/visits/records');
    expect(records.parse(params(visitsMadeLink(2022)))).toMatchObject({
      from: '2022-01-01',
      to: '2022-12-31',
      occasions: [],
    });
    // This year's figures name the year too: the link holds when the calendar turns.
    expect(params(visitsMadeLink(THIS_YEAR)).get('from')).toBe(`${THIS_YEAR}-01-01`);
    expect(records.parse(params(visitsMadeLink(2024, { month: 2 })))).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(records.parse(params(visitsMadeLink(2022, { occasion: 'ROUTINE' })))).toMatchObject({
      from: '2022-01-01',
      to: '2022-12-31',
      occasions: ['ROUTINE'],
    });
  });

  it('open the budget lines of a year and category', () => {
    expect(linesViewCodec(THIS_YEAR).parse(params(fundingLinesLink(2022, 'ASSISTANCE')))).toEqual({
      year: 2022,
      category: 'ASSISTANCE',
      bureauId: null,
    });
    expect(
      linesViewCodec(THIS_YEAR).parse(params(fundingLinesLink(2022, undefined, 'Bureau:430923'))),
    ).toEqual({ year: 2022, category: null, bureauId: 'Bureau:430923' });
  });

  it('open the yearly report of a year, of the bureau picked', () => {
    expect(reportLink(2022)).toBe('/reports/2022');
    expect(reportLink(2022, 'Bureau:430923')).toBe('/reports/2022?bureau=Bureau%3A430923');
  });
});
