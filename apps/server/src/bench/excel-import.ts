import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { rosterWorkbook, sampleRoster } from '../test/sample-roster';
import type { ImportReport } from '@wanxia/schema';
import { XLSX_TYPE } from '../modules/excel/xlsx-export';
import { formatDecimal } from './report';

/** The size the import is promised to handle in time: 10 s to check, 20 s to write. */
const ROWS = 10_000;
const TARGETS = { 'dry-run': 10, commit: 20 } as const;

/**
 * Imports a generated roster of 10,000 new members through POST /api/members/import, first as
 * a dry run and then for real, and prints both times against their targets.
 */
export async function benchImport(
  api: { url: string; headers: Record<string, string> },
  pool: pg.Pool,
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
  for (const mode of ['dry-run', 'commit'] as const) {
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
    const verdict = seconds < TARGETS[mode] ? 'within' : 'OVER';
    console.log(
      `import      ${mode.padEnd(7)} ${formatDecimal(seconds, 2)} s (${verdict} the ${TARGETS[mode]} s target)`,
    );
  }
}
