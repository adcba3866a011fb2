import type { BudgetCategory, VisitOccasion } from '../../gql/graphql';

/** Answers to the CountyStats query as the server sends them (with __typename). */

const OCCASIONS: VisitOccasion[] = [
  'BEREAVEMENT',
  'DECADE_BIRTHDAY',
  'DISASTER',
  'DISPUTE',
  'HOLIDAY',
  'HOSPITALIZATION',
  'ONE_ON_ONE',
  'ROUTINE',
];
const MUST_VISITS: VisitOccasion[] = [
  'HOLIDAY',
  'HOSPITALIZATION',
  'DECADE_BIRTHDAY',
  'BEREAVEMENT',
  'DISPUTE',
  'DISASTER',
];

const band = (from: number, to: number | null, count: number) => ({
  __typename: 'Band',
  from,
  to,
  count,
});

export const coverageFigures = (tasks: number, doneOnTime: number, rate: number | null) => ({
  tasks,
  doneOnTime,
  doneLate: tasks > 0 ? 20 : 0,
  missed: tasks > 0 ? 10 : 0,
  waived: tasks > 0 ? 5 : 0,
  open: tasks > 0 ? 8 : 0,
  overdue: tasks > 0 ? 3 : 0,
  rate,
});

const money = (amountFen: number, committedFen: number, paidFen: number, lines: number) => ({
  lines,
  amountFen,
  committedFen,
  paidFen,
  remainingFen: amountFen - committedFen,
  executionRate: amountFen > 0 ? paidFen / amountFen : null,
});

/** A year of the county as the 2022 report gives it, with visits and money when asked for. */
export function countyStats(
  year: number,
  {
    visits = true,
    funding = true,
    empty = false,
    frozenAt = null,
    frozenBy = null,
  }: {
    visits?: boolean;
    funding?: boolean;
    /** Nothing on the roster, no visits, no money. */
    empty?: boolean;
    frozenAt?: string | null;
    frozenBy?: string | null;
  } = {},
) {
  const n = (value: number) => (empty ? 0 : value);
  const tasks = n(1200);
  return {
    __typename: 'CountyStats',
    year,
    asOf: `${year}-12-31`,
    frozenAt,
    frozenBy,
    organisation: {
      __typename: 'OrganisationStats',
      generalBranches: 7,
      branches: 140,
      provincial: 3,
      city: 16,
      county: 11,
      homes: 94,
    },
    members: {
      __typename: 'MemberStats',
      active: n(5622),
      deceased: n(270),
      transferredOut: n(31),
      lixiu: n(25),
      tuixiu: n(5597),
      partyMembers: n(4812),
      medalEligible: n(1693),
      byAge: [
        band(0, 59, n(181)),
        band(60, 69, n(1981)),
        band(70, 79, n(2021)),
        band(80, 89, n(1056)),
        band(90, null, n(383)),
      ],
      byPartyYears: [
        band(0, 29, n(425)),
        band(30, 39, n(1128)),
        band(40, 49, n(1576)),
        band(50, null, n(1683)),
      ],
    },
    ...(visits && {
      visits: {
        __typename: 'VisitStats',
        total: n(12374),
        byOccasion: OCCASIONS.map((occasion) => ({
          __typename: 'OccasionCount',
          occasion,
          count: occasion === 'HOLIDAY' ? n(10268) : occasion === 'HOSPITALIZATION' ? n(328) : 0,
        })),
        byMonth: Array.from({ length: 12 }, (_, i) => ({
          __typename: 'MonthCount',
          month: i + 1,
          count: i === 0 ? n(2320) : 0,
        })),
      },
      coverage: {
        __typename: 'VisitCoverage',
        total: {
          __typename: 'CoverageFigures',
          ...coverageFigures(tasks, n(1020), empty ? null : 0.85),
        },
        byOccasion: MUST_VISITS.map((occasion) => ({
          __typename: 'OccasionCoverage',
          occasion,
          ...(occasion === 'HOLIDAY'
            ? coverageFigures(tasks, n(1020), empty ? null : 0.85)
            : coverageFigures(0, 0, null)),
        })),
        byBranch: [
          {
            __typename: 'BranchCoverage',
            branch: { __typename: 'Branch', id: 'B1', name: '县直机关离退休干部党总支' },
            ...coverageFigures(tasks, n(1020), empty ? null : 0.85),
          },
        ],
      },
    }),
    ...(funding && {
      funding: {
        __typename: 'FundingSummary',
        year,
        total: {
          __typename: 'FundingFigures',
          ...money(n(137_000_000), n(60_460_000), n(60_460_000), n(4)),
        },
        byCategory: (
          [
            ['CENTRE_OPERATIONS', 58_000_000, 39_000_000],
            ['ASSISTANCE', 30_000_000, 16_290_000],
            ['BRANCH_BUILDING', 20_000_000, 0],
            ['ACTIVITIES', 29_000_000, 5_170_000],
          ] as [BudgetCategory, number, number][]
        ).map(([category, amount, paid]) => ({
          __typename: 'CategoryFunding',
          category,
          ...money(n(amount), n(paid), n(paid), n(1)),
        })),
        byMonth: Array.from({ length: 12 }, (_, i) => ({
          __typename: 'MonthFunding',
          month: i + 1,
          paidFen: 0,
          approvedFen: 0,
        })),
      },
    }),
  };
}
