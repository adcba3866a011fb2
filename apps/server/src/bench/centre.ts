import { performance } from 'node:perf_hooks';
import { formatDecimal } from './report';

/** The centre's week calendar is promised within 200 ms. */
const TARGET_MS = 200;
const WEEKS = 40;

/** The Monday `weeks` weeks before the week of `today`. */
function mondayBefore(today: string, weeks: number): string {
  const day = new Date(`${today}T00:00:00Z`);
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() - (weekday - 1) - 7 * weeks);
  return day.toISOString().slice(0, 10);
}

/**
 * The activity centre's calendar through the API: the demo data's last 40 weeks, one after
 * another, each week's bookings of every room with its room, activity and course; prints the
 * median and the slowest but one (p95) against the target.
 */
export async function benchCentre(
  api: { url: string; headers: Record<string, string> },
  today: string,
): Promise<void> {
  const times: number[] = [];
  let bookings = 0;
  for (let i = 0; i < WEEKS; i++) {
    const start = performance.now();
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.headers },
      body: JSON.stringify({
        query: `query($day: Date!) { centreCalendar(weekOf: $day) {
          bookings { id purpose startsAt endsAt room { name } activity { title } course { name teacher } } } }`,
        variables: { day: mondayBefore(today, i) },
      }),
    });
    const reply = (await response.json()) as {
      data?: { centreCalendar: { bookings: unknown[] } };
      errors?: unknown[];
    };
    if (!reply.data || reply.errors)
      throw new Error(`centre bench: ${JSON.stringify(reply).slice(0, 500)}`);
    times.push(performance.now() - start);
    bookings += reply.data.centreCalendar.bookings.length;
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)];
  const p95 = times[Math.ceil(times.length * 0.95) - 1];
  console.log(
    `centre      week calendar of all rooms (${formatDecimal(bookings / WEEKS, 0)} bookings a week on average, ${WEEKS} weeks): ` +
      `p50 ${formatDecimal(p50, 1)} ms, p95 ${formatDecimal(p95, 1)} ms (${p95 < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target)`,
  );
}
