import ExcelJS from 'exceljs';
import { testIdCard } from './id-cards';
import { COUNTY_TOWNSHIPS } from '../modules/member/residence';
import { MEMBER_COLUMNS, headerText, type SheetField } from '../modules/excel/member-sheet';
import { ROSTER_SHEET } from '../modules/excel/read-sheet';
import { addYears, format } from '@wanxia/schema';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程';
const GIVEN = '建国华明德志永春秀英玉兰桂芳海军伟平文红光辉金梅';

export interface SampleRosterOptions {
  count: number;
  /** Branch paths to spread the members over. */
  branches: string[];
  /** ID numbers already on the roster: the sample never uses them. */
  taken?: ReadonlySet<string>;
}

/**
 * A realistic roster sheet of `count` new members, valid by every rule: the cells as a person
 * fills the template, by field. The same options give the same rows.
 */
export function sampleRoster({
  count,
  branches,
  taken = new Set(),
}: SampleRosterOptions): Record<SheetField, string>[] {
  const used = new Set(taken);
  const rows: Record<SheetField, string>[] = [];
  for (let i = 0; i < count; i++) {
    const born = new Date(Date.UTC(1932, 0, 1) + ((i * 7919) % 11_000) * 86_400_000);
    const birthDate = format(born.getUTCFullYear(), born.getUTCMonth() + 1, born.getUTCDate());
    const gender = i % 3 === 0 ? 'FEMALE' : 'MALE';
    let idCard: string;
    let sequence = 250 + (i % 200);
    do idCard = testIdCard(birthDate, sequence++, gender);
    while (used.has(idCard));
    used.add(idCard);
    const name =
      SURNAMES[i % SURNAMES.length] +
      GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] +
      GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length];
    const township = COUNTY_TOWNSHIPS[i % COUNTY_TOWNSHIPS.length];
    rows.push({
      name,
      idCardNumber: idCard,
      gender: gender === 'MALE' ? '男' : '女',
      birthDate,
      ethnicity: i % 10 === 0 ? '土家族' : '汉族',
      branch: branches[i % branches.length],
      retirementType: i % 25 === 0 ? '离休' : '退休',
      partyMember: i % 8 === 0 ? '否' : '是',
      partyJoinDate: i % 8 === 0 ? '' : addYears(birthDate, 24),
      fullMembershipDate: i % 8 === 0 || i % 5 === 0 ? '' : addYears(birthDate, 25),
      workStartDate: addYears(birthDate, 19),
      retirementDate: addYears(birthDate, 60),
      formerUnit: '县教育局',
      formerPosition: i % 4 === 0 ? '副局长' : '科员',
      rank: i % 4 === 0 ? '副处级' : '正科级',
      residenceKind: '本县乡镇',
      residencePlace: township,
      phone: `139${String(10_000_000 + i).slice(-8)}`,
      address: `${township}新街${(i % 90) + 1}号`,
      healthStatus: i % 5 === 0 ? '一般' : '良好',
      healthNotes: i % 5 === 0 ? '高血压，按时服药' : '',
      livingSituation: i % 6 === 0 ? '独居' : '与配偶同住',
      spouseName: i % 6 === 0 ? '' : `${SURNAMES[(i + 7) % SURNAMES.length]}秀兰`,
      emergencyContactName: `${name.slice(0, 1)}小明`,
      emergencyContactRelation: '儿子',
      emergencyContactPhone: `138${String(20_000_000 + i).slice(-8)}`,
      carePlan: i % 6 === 0 ? '每月电话问候一次' : '',
      contactLeader: '',
      tags: i % 6 === 0 ? '独居' : '',
    });
  }
  return rows;
}

/** The rows as an .xlsx laid out like the template (header row, then one row per member). */
export async function rosterWorkbook(rows: Record<SheetField, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ROSTER_SHEET);
  sheet.addRow(MEMBER_COLUMNS.map(headerText));
  for (const row of rows) sheet.addRow(MEMBER_COLUMNS.map((c) => row[c.field] || null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The rows as CSV text, to be encoded as the test needs. */
export function rosterCsvText(rows: Record<SheetField, string>[]): string {
  const lines = [
    MEMBER_COLUMNS.map(headerText),
    ...rows.map((r) => MEMBER_COLUMNS.map((c) => r[c.field])),
  ].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows as UTF-8 CSV with a BOM, as Excel saves "CSV UTF-8". */
export function rosterCsv(rows: Record<SheetField, string>[]): Buffer {
  return Buffer.from(`\uFEFF${rosterCsvText(rows)}`, 'utf8');
}
