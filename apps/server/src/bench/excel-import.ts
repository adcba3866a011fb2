import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { rosterWorkbook, sampleRoster } from '../test/sample-roster';
import type { ImportReport } from '@wanxia/schema';
import { XLSX_TYPE } from '../modules/excel/xlsx-export';
import { formatDecimal } from './report';

type Mode = 'dry-run' | 'commit';

/** The size the import is promised to handle in time: 10 s to check, 20 s to write. */
const COUNTY = { rows: 10_000, targets: { 'dry-run': 10, commit: 20 } };

/**
 * Imports a generated roster of new members (10,000 unless told) through POST
 * /api/members/import in each mode asked for (a dry run, then for real), and prints the times
 * against their targets and what the server process holds in memory after each.
 */
export async function benchImport(
  api: { url: string; headers: Record<string, string> },
  pool: pg.Pool,
  { rows: ROWS, targets }: { rows: number; targets: Partial<Record<Mode, number>> } = COUNTY,
): Promise<void> {
  const branches = await pool.query<{ path: string }>(`
    SELECT p.name || '/' || b.name AS path FROM branch b JOIN branch p ON p.id = b.parent_id
    WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL ORDER BY b.id`);
  const taken = await pool.query<{ id: string }>('SELECT id_card_number AS id FROM member');
  const rows = sampleRoster({
    count: ROWS,
    branches: branches.rows.map((r) => r.path),
    taken: new Set(taken.rows.map((r) => r.id)),
  });
  const file = await rosterWorkbook(rows);
  const base = api.url.replace(/\/graphql$/, '');
  console.log(
    `import      ${ROWS} generated members as .xlsx (${formatDecimal(file.length / 1024 / 1024, 1)} MB)`,
  );
  for (const [mode, target] of Object.entries(targets) as [Mode, number][]) {
    const start = performance.now();
    const response = await fetch(`${base}/api/members/import?mode=${mode}&filename=bench.xlsx`, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': XLSX_TYPE },
      body: file,
    });
    const seconds = (performance.now() - start) / 1000;
    const report = (await response.json()) as ImportReport;
    if (response.status !== 200 || report.problems.length || report.counts.create !== ROWS) {
      throw new Error(
        `the ${mode} import failed: HTTP ${response.status} ${JSON.stringify(report).slice(0, 500)}`,
      );
    }
    const verdict = seconds < target ? 'within' : 'OVER';
    const rss = process.memoryUsage().rss / 1024 / 1024;
    console.log(
      `import      ${mode.padEnd(7)} ${formatDecimal(seconds, 2)} s (${verdict} the ${target} s target), RSS ${formatDecimal(rss, 0)} MB, load average ${formatDecimal(loadavg()[0], 1)}`,
    );
  }
}
