import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import { renderScreen } from '../../test/render';
import { FiguresSection, type YearReport } from './YearTables';

type Row = YearReport['partyOrganisation']['rows'][number];

const row = (fields: Partial<Row> & Pick<Row, 'key' | 'label' | 'unit'>): Row => ({
  sub: false,
  count: null,
  money: null,
  rate: null,
  href: null,
  previousHref: null,
  ...fields,
});
const count = (value: number, previous: number, filter: boolean = false) => ({
  __typename: 'YearFigure' as const,
  value,
  previous,
  change: value - previous,
  filter: filter
    ? {
        __typename: 'RosterListFilter' as const,
        branchSubtree: null,
        asOf: '2022-12-31',
        movement: null,
        retirementType: null,
        rank: null,
        gender: null,
        partyMember: true,
        ageMin: null,
        ageMax: null,
        residenceArea: null,
        healthStatus: null,
      }
    : null,
  previousFilter: null,
});

const REPORT = {
  __typename: 'YearReport',
  year: 2022,
  asOf: '2022-12-31',
  previousAsOf: '2021-12-31',
  partyOrganisation: {
    __typename: 'PartyOrganisationTable',
    rows: [
      row({ key: 'branches', label: '离退休干部党支部', unit: '个', count: count(140, 138) }),
      row({
        key: 'partyMembers',
        label: '在册离退休干部党员',
        unit: '人',
        count: count(4512, 4530, true),
      }),
      row({
        key: 'meetings.PARTY_LECTURE',
        label: '其中：党课',
        unit: '次',
        sub: true,
        count: count(560, 548),
        href: '/party-life?kind=PARTY_LECTURE&year=2022',
        previousHref: '/party-life?kind=PARTY_LECTURE&year=2021',
      }),
      row({
        key: 'attendanceRate',
        label: '组织生活到会率',
        unit: '%',
        rate: { value: 0.9, previous: 0.85, change: 0.05 },
      }),
    ],
  },
  roleAndActivities: {
    __typename: 'RoleAndActivitiesTable',
    rows: [
      row({
        key: 'donationsFen',
        label: '自发捐款',
        unit: '元',
        money: {
          valueFen: 35_120_000,
          previousFen: 30_000_000,
          changeFen: 5_120_000,
        },
      }),
    ],
  },
} as unknown as YearReport;

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the figures tables of the yearly report', () => {
  it('sets out 党组织建设 with both years, the change and links to the lists', () => {
    renderScreen(<FiguresSection report={REPORT} table="partyOrganisation" />);
    expect(screen.getByRole('heading', { name: '八、党组织建设情况' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '党组织建设（两年对比）' });
    expect(cellsOf(table)).toEqual([
      ['离退休干部党支部', '个', '138', '140', '+2'],
      ['在册离退休干部党员', '人', '4,530', '4,512', '−18'],
      ['其中：党课', '次', '548', '560', '+12'],
      ['组织生活到会率', '', '85%', '90%', '+5%'],
    ]);
    expect(within(table).getByRole('link', { name: '560' })).toHaveAttribute(
      'href',
      '/party-life?kind=PARTY_LECTURE&year=2022',
    );
    expect(within(table).getByRole('link', { name: '548' })).toHaveAttribute(
      'href',
      '/party-life?kind=PARTY_LECTURE&year=2021',
    );
    expect(within(table).getByRole('link', { name: '4,512' }).getAttribute('href')).toMatch(
      /^\/roster\?.*asOf=2022-12-31/,
    );
    // A figure with no list behind it is plain text.
    expect(within(table).queryByRole('link', { name: '140' })).toBeNull();
  });

  it('writes amounts in yuan, and speaks English when asked', () => {
    renderScreen(<FiguresSection report={REPORT} table="roleAndActivities" />, {
      locale: 'en-US',
    });
    expect(screen.getByRole('heading', { name: '9. Roles and activities' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Roles and activities, year beside year' });
    const [donations] = cellsOf(table);
    expect(donations[0]).toBe('Donations');
    expect(donations[1]).toBe('yuan');
    expect(donations.slice(2)).toEqual(['300,000.00', '351,200.00', '+51,200.00']);
  });
});
