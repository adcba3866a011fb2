import ExcelJS from 'exceljs';
import { sql } from '../../kernel/db/sql';
import { createLogger } from '../../kernel/logger';
import { startTestApp, type TestApp } from '../../test/harness';
import { startJobs } from '../../jobs/worker';
import { XLSX_TYPE } from './xlsx-export';

const START = `mutation($input: StartMemberExportInput!) {
  startMemberExport(input: $input) {
    memberExport { id status rowCount downloadUrl } userErrors { field code } } }`;
const STATUS = `query($id: ID!) { memberExport(id: $id) {
  id status rowCount sizeBytes finishedAt downloadUrl expiresAt } }`;

interface Started {
  startMemberExport: { memberExport: { id: string; status: string; downloadUrl: string | null } };
}
interface Status {
  memberExport: {
    id: string;
    status: string;
    rowCount: number | null;
    sizeBytes: number | null;
    downloadUrl: string | null;
    expiresAt: string | null;
  } | null;
}

describe('background member exports (startMemberExport, memberExport, /api/member-exports)', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.adminToken();
    secretary = await t.login('shuji');
  });
  afterAll(() => t.stop());

  const start = (token: string, input: object = {}) => t.gql<Started>(START, { input }, { token });
  const status = async (id: string, token: string) =>
    (await t.gql<Status>(STATUS, { id }, { token })).data!.memberExport;
  const exportRows = async () =>
    Number((await t.db.run(sql`SELECT count(*)::int AS n FROM member_export`))[0].n);

  /** Runs the job worker until every export has left the queue. */
  async function runJobs() {
    const worker = await startJobs({
      db: t.db,
      connectionString: t.db.url,
      logger: createLogger('silent'),
      clock: () => new Date(),
      exportsDir: t.exportsDir,
    });
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [{ waiting }] = await t.db.run(sql`
          SELECT count(*)::int AS waiting FROM member_export WHERE status IN ('QUEUED', 'RUNNING')`);
        if (Number(waiting) === 0) break;
        if (Date.now() > deadline) throw new Error('the exports did not finish within a minute');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await worker.stop();
    }
  }

  /** The downloaded sheet's row count, the header included. */
  async function sheetRows(response: Response): Promise<number> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(response.headers.get('content-disposition')).toContain('members-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook.worksheets[0].rowCount;
  }

  const download = (url: string, token: string) =>
    t.http(url, { headers: { authorization: `Bearer ${token}` } });

  it('queues an export, answers its status to its starter only, and serves the file once ready', async () => {
    const filter = { partyMember: true };
    const first = await start(admin, { filter });
    const queued = first.data!.startMemberExport.memberExport;
    expect(queued).toMatchObject({ status: 'QUEUED', downloadUrl: null });
    // A secretary's export of the roster reads within the secretary's reach.
    const own = (await start(secretary)).data!.startMemberExport.memberExport;

    // Two of a caller's exports wait or run at once; a third is refused, and nothing is written.
    await start(admin);
    const before = await exportRows();
    const third = await start(admin);
    expect(third.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await exportRows()).toBe(before);

    expect(await status(queued.id, secretary)).toBeNull();
    await runJobs();

    const ready = (await status(queued.id, admin))!;
    const listed = await t.gql<{ members: { totalCount: number } }>(
      'query($filter: MemberFilter) { members(first: 1, filter: $filter) { totalCount } }',
      { filter },
      { token: admin },
    );
    const partyMembers = listed.data!.members.totalCount;
    expect(partyMembers).toBeGreaterThan(1000);
    expect(ready).toMatchObject({ status: 'READY', rowCount: partyMembers });
    expect(ready.sizeBytes).toBeGreaterThan(10_000);
    expect(ready.downloadUrl).toBe(`/api/member-exports/${encodeURIComponent(queued.id)}`);
    expect(new Date(ready.expiresAt!).getTime()).toBeGreaterThan(Date.now());
    expect(await sheetRows(await download(ready.downloadUrl!, admin))).toBe(ready.rowCount! + 1);
    // Someone else's export is as missing, its file too.
    expect((await download(ready.downloadUrl!, secretary)).status).toBe(404);

    const secretaryReady = (await status(own.id, secretary))!;
    const reach = await t.gql<{ members: { totalCount: number } }>(
      '{ members(first: 1) { totalCount } }',
      {},
      { token: secretary },
    );
    expect(secretaryReady).toMatchObject({
      status: 'READY',
      rowCount: reach.data!.members.totalCount,
    });
    expect(secretaryReady.rowCount).toBeLessThan(partyMembers);

    const [audit] = await t.db.run(sql`
      SELECT changes FROM audit_event WHERE operation = 'exportMembers' ORDER BY id LIMIT 1`);
    expect(audit.changes).toMatchObject({ filter, rows: partyMembers, id: queued.id });
  });

  it('removes a file kept longer than a day, and then answers 404 for it', async () => {
    const started = (await start(admin)).data!.startMemberExport.memberExport;
    await runJobs();
    const ready = (await status(started.id, admin))!;
    await t.db.run(sql`
      UPDATE member_export SET finished_at = now() - interval '25 hours' WHERE status = 'READY'`);
    await start(admin);
    await runJobs();
    expect((await status(started.id, admin))!).toMatchObject({
      status: 'EXPIRED',
      downloadUrl: null,
    });
    expect((await download(ready.downloadUrl!, admin)).status).toBe(404);
  });

  it('refuses a malformed filter with BAD_USER_INPUT, queuing nothing', async () => {
    const before = await exportRows();
    const res = await start(admin, { filter: { branchSubtree: 'not-an-id' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await exportRows()).toBe(before);
    const asked = await t.gql(STATUS, { id: 'not-an-id' }, { token: admin });
    expect(asked.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
