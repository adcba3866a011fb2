import { performance } from 'node:perf_hooks';
import { formatDecimal } from './report';

/** The yearly downloads are promised within 5 s each for a county. */
const COUNTY_TARGET_SECONDS = 5;

/**
 * Downloads the last full year's work summary (.docx) and yearly workbook (.xlsx) through /api,
 * three times each, and prints the slowest against the target.
 */
export async function benchYearReport(
  api: { url: string; headers: Record<string, string> },
  today: string,
  targetSeconds = COUNTY_TARGET_SECONDS,
): Promise<void> {
  const base = api.url.replace(/\/graphql$/, '');
  const year = Number(today.slice(0, 4)) - 1;
  for (const [label, file] of [
    ['work summary', `${year}.docx`],
    ['workbook', `${year}.xlsx`],
  ] as const) {
    let slowest = 0;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const response = await fetch(`${base}/api/reports/${file}`, { headers: api.headers });
      bytes = (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) throw new Error(`${file} failed: HTTP ${response.status}`);
      slowest = Math.max(slowest, (performance.now() - start) / 1000);
    }
    const verdict = slowest < targetSeconds ? 'within' : 'OVER';
    console.log(
      `year report ${label} ${file} (${formatDecimal(bytes / 1024, 0)} KB): slowest of 3 ${formatDecimal(slowest, 2)} s (${verdict} the ${targetSeconds} s target)`,
    );
  }
}
