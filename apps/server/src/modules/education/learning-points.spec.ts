import ExcelJS from 'exceljs';
import { sql } from '../../kernel/db/sql';
import { toGlobalId } from '../../kernel/global-id';
import { startTestApp, type TestApp } from '../../test/harness';
import { countWrites } from '../../test/write-counter';
import { XLSX_TYPE } from '../excel/xlsx-export';
import type { PointsImportResult } from './learning-points-import';

const HEADERS = ['序号', '姓名', '身份证号', '所在支部', '月份', '积分', '全省排名'];

/** A points file as the provincial platform exports it: a title line, then the header. */
async function pointsFile(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('积分排名');
  sheet.addRow(['三湘老干部e家 学习积分排名']);
  sheet.addRow(HEADERS);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

interface Person {
  key: number;
  name: string;
  idCardNumber: string;
  branch: string;
}

describe('learning points from the provincial platform (/api/learning-points/import)', () => {
  let t: TestApp;
  let admin: string;
  let people: Person[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.adminToken();
    // Members whose name is unique in their branch, so a name and a branch find them.
    const rows = await t.db.run(sql`
      SELECT m.id AS key, m.name, m.id_card_number AS "idCardNumber", p.name || '/' || b.name AS branch
      FROM member m JOIN branch b ON b.id = m.branch_id JOIN branch p ON p.id = b.parent_id
      WHERE m.status = 'ACTIVE'
        AND (SELECT count(*) FROM member o WHERE o.branch_id = m.branch_id AND o.name = m.name) = 1
      ORDER BY m.id LIMIT 4`);
    people = rows.map((r) => ({
      key: Number(r.key),
      name: String(r.name),
      idCardNumber: String(r.idCardNumber),
      branch: String(r.branch),
    }));
  });
  afterAll(() => t.stop());

  const upload = (body: Buffer, { mode = 'commit', token = admin } = {}) =>
    t.http(
      `/api/learning-points/import?mode=${mode}&filename=${encodeURIComponent('2021年5月积分.xlsx')}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': XLSX_TYPE },
        body,
      },
    );
  const result = async (response: Response) => {
    expect(response.status).toBe(200);
    return (await response.json()) as PointsImportResult;
  };
  const topLearners = async (year: number) =>
    (await t.gql(`{ countyStats(year: ${year}) { education { provinceTopLearners } } }`)).data!
      .countyStats.education.provinceTopLearners as number;
  const ranking = async (month: number | null) =>
    (
      await t.gql(
        `query($month: Int) { learningRanking(year: 2021, month: $month, first: 10) {
          totalCount nodes { points countyRank provinceRank months member { id name } } } }`,
        { month },
      )
    ).data!.learningRanking;

  it('matches by ID number, else by name and branch; lists every unmatched row with its reason; writes all in one go', async () => {
    const [a, b, c] = people;
    const file = await pointsFile([
      [a.name, a.idCardNumber.toLowerCase().replace(/X$/i, 'x'), null, '2021-05', 2980, 3],
      [b.name, null, b.branch, '2021年5月', '2500', 120],
      [c.name, '430923********1234', c.branch, new Date(Date.UTC(2021, 4, 1)), 2700, null],
      ['查无此人', null, b.branch, '2021-05', 1000, 9000],
      [a.name, a.idCardNumber, null, '2021-05', 10, 99],
      [b.name, null, '没有这个支部', '2021-05', 10, 99],
      [c.name, null, c.branch, '五月', 10, 99],
      [c.name, null, c.branch, '2021-06', -5, 99],
      [null, null, null, '2021-06', 100, 1],
    ]);
    const writes = await countWrites(t.ownerUrl);
    const before = await writes();
    const dryRun = await result(await upload(file, { mode: 'dry-run' }));
    expect(await writes()).toBe(before);
    expect(dryRun).toMatchObject({ committed: false, matched: 3, replaced: 0 });

    expect(await topLearners(2021)).toBe(0);
    const done = await result(await upload(file));
    expect(done).toMatchObject({
      committed: true,
      months: ['2021-05'],
      rows: 9,
      matched: 3,
      matchedById: 1,
      replaced: 0,
    });
    // Data rows start under the title and the header, at spreadsheet row 3.
    expect(done.unmatched.map((u) => [u.row, u.code])).toEqual([
      [6, 'NOT_FOUND'],
      [7, 'DUPLICATE'],
      [8, 'BRANCH_NOT_FOUND'],
      [9, 'INVALID_MONTH'],
      [10, 'INVALID_POINTS'],
      [11, 'REQUIRED'],
    ]);
    expect(done.unmatched[0]).toMatchObject({ name: '查无此人', branch: b.branch });
    expect(done.unmatched.every((u) => /\(.+\)$/.test(u.message))).toBe(true);

    // The figure moves: a cadre in the province's top eight in 2021.
    expect(await topLearners(2021)).toBe(1);
    const may = await ranking(5);
    expect(may.totalCount).toBe(3);
    expect(may.nodes).toEqual([
      {
        points: 2980,
        countyRank: 1,
        provinceRank: 3,
        months: 1,
        member: { id: toGlobalId('Member', a.key), name: a.name },
      },
      {
        points: 2700,
        countyRank: 2,
        provinceRank: null,
        months: 1,
        member: { id: toGlobalId('Member', c.key), name: c.name },
      },
      {
        points: 2500,
        countyRank: 3,
        provinceRank: 120,
        months: 1,
        member: { id: toGlobalId('Member', b.key), name: b.name },
      },
    ]);
    const member = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Member { learningPoints(year: 2021) { month points provinceRank countyRank } } } }',
      { id: toGlobalId('Member', b.key) },
    );
    expect(member.data!.node.learningPoints).toEqual([
      { month: '2021-05', points: 2500, provinceRank: 120, countyRank: 3 },
    ]);
    const [audit] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM audit_event WHERE operation = 'importLearningPoints'`,
    );
    expect(audit.n).toBe(1);
  });

  it('a re-import of a month replaces that month, and the year’s ranking sums the months', async () => {
    const [a, b, , d] = people;
    const june = await result(
      await upload(await pointsFile([[d.name, d.idCardNumber, null, '2021-06', 900, 500]])),
    );
    expect(june).toMatchObject({ months: ['2021-06'], matched: 1, replaced: 0 });
    const again = await result(
      await upload(
        await pointsFile([
          [b.name, b.idCardNumber, null, '2021-05', 3100, 40],
          [d.name, d.idCardNumber, null, '202105', 100, 9000],
        ]),
      ),
    );
    expect(again).toMatchObject({ months: ['2021-05'], matched: 2, replaced: 3, unmatched: [] });
    const may = await ranking(5);
    expect(
      may.nodes.map((n: { member: { name: string }; points: number }) => [n.member.name, n.points]),
    ).toEqual([
      [b.name, 3100],
      [d.name, 100],
    ]);
    expect(await topLearners(2021)).toBe(0); // a's rank 3 went with the month it was in
    const year = await ranking(null);
    expect(
      year.nodes.map((n: { member: { name: string }; points: number; months: number }) => [
        n.member.name,
        n.points,
        n.months,
      ]),
    ).toEqual([
      [b.name, 3100, 1],
      [d.name, 1000, 2],
    ]);
    expect(year.nodes[1].provinceRank).toBe(500);
    void a;
  });

  it('is the bureau’s: a secretary is refused, as is a file without the columns', async () => {
    const [a] = people;
    const file = await pointsFile([[a.name, a.idCardNumber, null, '2021-07', 1, 1]]);
    const refused = await upload(file, { token: await t.login('shuji') });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRows([
      ['姓名', '积分'],
      [a.name, 1],
    ]);
    const missing = await upload(Buffer.from(await book.xlsx.writeBuffer()));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: { code: 'MISSING_COLUMNS', columns: ['月份'] },
    });
    const [kept] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM learning_points WHERE month = '2021-07-01'`,
    );
    expect(kept.n).toBe(0);
  });
});
