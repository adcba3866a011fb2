import { formatDecimal } from './report';
import { askApi, percentiles, timeEach, type BenchApi } from './api-timing';

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
export async function benchCentre(api: BenchApi, today: string): Promise<void> {
  let bookings = 0;
  const weeks = Array.from({ length: WEEKS }, (_, i) => mondayBefore(today, i));
  const times = await timeEach(weeks, async (day) => {
    const data = await askApi<{ centreCalendar: { bookings: unknown[] } }>(
      api,
      'centre bench',
      `query($day: Date!) { centreCalendar(weekOf: $day) {
        bookings { id purpose startsAt endsAt room { name } activity { title } course { name teacher } } } }`,
      { day },
    );
    bookings += data.centreCalendar.bookings.length;
  });
  console.log(
    `centre      week calendar of all rooms (${formatDecimal(bookings / WEEKS, 0)} bookings a week on average, ${WEEKS} weeks): ${percentiles(times, TARGET_MS)}`,
  );
}
