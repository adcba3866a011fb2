import { formatDecimal } from './report';
import { askApi, timeEach, type BenchApi } from './api-timing';

/** A page of the year's volunteer ranking is promised within 200 ms. */
const TARGET_MS = 200;
const REQUESTS = 30;

/**
 * Times the last full year's volunteer ranking through the API, as the console asks for it (a
 * page of 20 with each volunteer's name, member and teams): the first page, then a deep one by
 * its cursor, 30 requests each one after another; prints p50 and the slowest against the target.
 */
export async function benchVolunteerRanking(api: BenchApi, today: string): Promise<void> {
  const year = Number(today.slice(0, 4)) - 1;
  const query = `query($year: Int!, $after: String) {
    volunteerRanking(year: $year, first: 20, after: $after) {
      totalCount pageInfo { endCursor }
      nodes { rank hours points activities volunteer { name onRoster member { name } memberships { team { name } } } }
    } }`;
  const ask = async (after: string | null) =>
    (
      await askApi<{
        volunteerRanking: { totalCount: number; pageInfo: { endCursor: string } };
      }>(api, 'volunteer ranking bench', query, { year, after })
    ).volunteerRanking;
  // The cursor of the page halfway down the ranking.
  const first = await ask(null);
  let deep: string | null = first.pageInfo.endCursor;
  for (let page = 1; page < Math.floor(first.totalCount / 40); page++) {
    deep = (await ask(deep)).pageInfo.endCursor;
  }
  for (const [label, after] of [
    ['first page', null],
    ['deep page', deep],
  ] as const) {
    const times = await timeEach(Array.from({ length: REQUESTS }), () => ask(after));
    const slowest = times[times.length - 1];
    console.log(
      `volunteers  ranking ${year}, ${label} of ${first.totalCount}: p50 ${formatDecimal(times[Math.floor(times.length / 2)], 1)} ms, slowest of ${REQUESTS} ${formatDecimal(slowest, 1)} ms (${slowest < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target)`,
    );
  }
}
