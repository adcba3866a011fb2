import { askApi, percentiles, timeEach, type BenchApi } from './api-timing';

/** The county's 三会一课 compliance table is promised within 200 ms. */
const TARGET_MS = 200;
const REQUESTS = 30;

interface CompliancePage {
  partyLifeCompliance: { totalCount: number; nodes: unknown[] };
}

/**
 * The county compliance table through the API, as the console asks for it (a page of 20
 * branches with their kinds held / required, overdue kinds and attendance): the whole of last
 * year, a quarter of this year, and only the branches behind, 30 requests each.
 */
export async function benchPartyLife(api: BenchApi, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const query = `query($year: Int!, $quarter: Int, $behindOnly: Boolean!) {
    partyLifeCompliance(year: $year, quarter: $quarter, behindOnly: $behindOnly, first: 20) {
      totalCount
      nodes { branch { name } behind overdueKinds attendanceRate present participants
              kinds { kind held required met overdue dueBy } } } }`;
  for (const [label, variables] of [
    [`${year - 1}`, { year: year - 1, quarter: null, behindOnly: false }],
    [`${year} Q${quarter}`, { year, quarter, behindOnly: false }],
    [`${year}, branches behind`, { year, quarter: null, behindOnly: true }],
  ] as const) {
    let branches = 0;
    const times = await timeEach(Array.from({ length: REQUESTS }), async () => {
      const data = await askApi<CompliancePage>(api, 'party-life bench', query, variables);
      branches = data.partyLifeCompliance.totalCount;
    });
    console.log(
      `party life  compliance ${label} (${branches} branches, first page of 20, ${REQUESTS} requests): ${percentiles(times, TARGET_MS)}`,
    );
  }
}
