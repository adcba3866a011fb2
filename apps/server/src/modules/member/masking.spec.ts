import ExcelJS from 'exceljs';
import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { MEMBER_COLUMNS } from '../excel/member-sheet';

/** GB 11643-1999 weights and check characters, as an attacker would use them. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * How many valid ID numbers agree with everything a viewer sees of a member: the masked
 * number, the birth date and the sex. Counted exactly, by the weighted sum modulo 11.
 */
function candidates(masked: string, birthDate: string, male: boolean): number {
  if (masked.length !== 18) return Infinity;
  const birth = birthDate.replaceAll('-', '');
  // ways[r]: the fillings of the positions so far whose weighted sum is r modulo 11.
  let ways: number[] = Array.from({ length: 11 }, (_v, r) => (r === 0 ? 1 : 0));
  for (let i = 0; i < 17; i++) {
    let digits = masked[i] === '*' ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] : [Number(masked[i])];
    if (i >= 6 && i < 14) digits = digits.filter((d) => d === Number(birth[i - 6]));
    if (i === 16) digits = digits.filter((d) => d % 2 === (male ? 1 : 0));
    const next = new Array<number>(11).fill(0);
    for (let r = 0; r < 11; r++) for (const d of digits) next[(r + d * WEIGHTS[i]) % 11] += ways[r];
    ways = next;
  }
  return ways.reduce(
    (sum, n, r) => (masked[17] === '*' || masked[17] === CHECK_CHARS[r] ? sum + n : sum),
    0,
  );
}

describe('masked ID numbers', () => {
  let t: TestApp;
  let guest: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    guest = await t.login('guest');
  });
  afterAll(() => t.stop());

  it('leave at least 100 candidates for every member, from what a viewer sees in the API and the export', async () => {
    const response = await t.http('/api/members/export.xlsx', {
      headers: { authorization: `Bearer ${guest}` },
    });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const column = (field: string) => MEMBER_COLUMNS.findIndex((c) => c.field === field) + 1;
    const seen: { masked: string; birthDate: string; male: boolean }[] = [];
    book.worksheets[0].eachRow((row, number) => {
      if (number === 1) return;
      seen.push({
        masked: String(row.getCell(column('idCardNumber')).value),
        birthDate: String(row.getCell(column('birthDate')).value),
        male: row.getCell(column('gender')).value === '男',
      });
    });
    const [{ members }] = await t.db.run(sql`SELECT count(*)::int AS members FROM member`);
    expect(seen).toHaveLength(members as number);

    const { data } = await t.gql(
      '{ members(first: 100) { nodes { idCardNumber birthDate gender } } }',
      undefined,
      { token: guest },
    );
    for (const m of data!.members.nodes as {
      idCardNumber: string;
      birthDate: string;
      gender: string;
    }[])
      seen.push({ masked: m.idCardNumber, birthDate: m.birthDate, male: m.gender === 'MALE' });

    const counts = seen.map((m) => candidates(m.masked, m.birthDate, m.male));
    const fewest = Math.min(...counts);
    process.stdout.write(
      `viewer sees ${JSON.stringify(data!.members.nodes[0])}: ${counts[seen.length - 100]} candidates; fewest over ${seen.length}: ${fewest}\n`,
    );
    expect(fewest).toBeGreaterThanOrEqual(100);
  });

  it('are not rebuilt through a search of digits by a caller who may not read them', async () => {
    const [member] = await t.db.run(
      sql`SELECT id_card_number AS id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
    );
    const search = (token?: string) =>
      t.gql<{ members: { totalCount: number } }>(
        'query($s: String) { members(filter: { search: $s }) { totalCount } }',
        { s: String(member.id).slice(-4) },
        { token },
      );
    expect((await search()).data!.members.totalCount).toBeGreaterThan(0);
    expect((await search(guest)).data!.members.totalCount).toBe(0);
  });
});
