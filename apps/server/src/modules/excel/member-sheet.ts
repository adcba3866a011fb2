import { enumLabels, format, isCalendarDate } from '@wanxia/schema';
import { COUNTY_TOWNSHIPS } from '../member/residence';
import type { Cell } from './read-sheet';
import { controlCharacterIn, controlCharacterMessage } from '../../lib/control-characters';

/** The member fields a sheet carries, and the branch (by name) in place of its id. */
export type SheetField =
  | 'name'
  | 'idCardNumber'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'branch'
  | 'retirementType'
  | 'partyMember'
  | 'partyJoinDate'
  | 'fullMembershipDate'
  | 'workStartDate'
  | 'retirementDate'
  | 'formerUnit'
  | 'formerPosition'
  | 'rank'
  | 'residenceKind'
  | 'residencePlace'
  | 'phone'
  | 'address'
  | 'healthStatus'
  | 'healthNotes'
  | 'livingSituation'
  | 'spouseName'
  | 'emergencyContactName'
  | 'emergencyContactRelation'
  | 'emergencyContactPhone'
  | 'carePlan'
  | 'contactLeader'
  | 'tags';

export type SheetValue = string | boolean | string[];

type Kind = 'text' | 'idCard' | 'date' | 'enum' | 'boolean' | 'tags';

export interface SheetColumn {
  field: SheetField;
  header: string;
  /** Other headers people use for the column (the console's labels among them). */
  aliases?: string[];
  required?: boolean;
  kind: Kind;
  /** Enum values and their Chinese labels. */
  labels?: Record<string, string>;
  /** What to write, for the 填写说明 sheet. */
  help: string;
  width: number;
}

export const YES = '是';
export const NO = '否';

const GENDER_LABELS = enumLabels('Gender', 'zh-CN');
const RETIREMENT_LABELS = enumLabels('RetirementType', 'zh-CN');
const RESIDENCE_LABELS = enumLabels('ResidenceKind', 'zh-CN');
const HEALTH_LABELS = enumLabels('HealthStatus', 'zh-CN');
const LIVING_LABELS = enumLabels('LivingSituation', 'zh-CN');

const DATE_HELP = '日期，写作 2024-03-01，或 Excel 日期格式';

/** The roster's columns, in the template's order: every field of createMember. */
export const MEMBER_COLUMNS: readonly SheetColumn[] = [
  { field: 'name', header: '姓名', required: true, kind: 'text', width: 10, help: '最多 50 个字' },
  {
    field: 'idCardNumber',
    header: '身份证号',
    required: true,
    kind: 'idCard',
    width: 22,
    help: '18 位居民身份证号，末位可为 X；请以文本格式填写，以免 Excel 把它变成科学计数。已在册的人员按身份证号匹配并更新',
  },
  {
    field: 'gender',
    header: '性别',
    kind: 'enum',
    labels: GENDER_LABELS,
    width: 6,
    help: '可不填：按身份证号判断；填写时须与身份证号一致',
  },
  {
    field: 'birthDate',
    header: '出生日期',
    kind: 'date',
    width: 12,
    help: `可不填：按身份证号读取；${DATE_HELP}`,
  },
  {
    field: 'ethnicity',
    header: '民族',
    kind: 'text',
    width: 8,
    help: '如 汉族、土家族；新登记人员不填为汉族',
  },
  {
    field: 'branch',
    header: '所在支部',
    aliases: ['所在党支部', '党支部'],
    required: true,
    kind: 'text',
    width: 40,
    help: '党支部名称；同名时写作“党总支/党支部”。可选的党支部见“党支部”工作表',
  },
  {
    field: 'retirementType',
    header: '离退休类型',
    required: true,
    kind: 'enum',
    labels: RETIREMENT_LABELS,
    width: 10,
    help: '离休 或 退休',
  },
  {
    field: 'partyMember',
    header: '是否党员',
    aliases: ['中共党员'],
    kind: 'boolean',
    width: 9,
    help: '是 或 否；新登记人员不填为 是',
  },
  {
    field: 'partyJoinDate',
    header: '入党日期',
    kind: 'date',
    width: 12,
    help: `党员填写，不早于 14 周岁生日；${DATE_HELP}`,
  },
  {
    field: 'fullMembershipDate',
    header: '转正日期',
    kind: 'date',
    width: 12,
    help: `党员填写，预备期满转为正式党员之日，党龄自此起算；不早于入党日期；不详可不填（党龄按入党满一年估算）；${DATE_HELP}`,
  },
  {
    field: 'workStartDate',
    header: '参加工作日期',
    kind: 'date',
    width: 12,
    help: DATE_HELP,
  },
  {
    field: 'retirementDate',
    header: '退休日期',
    aliases: ['离退休日期'],
    kind: 'date',
    width: 12,
    help: DATE_HELP,
  },
  {
    field: 'formerUnit',
    header: '原单位',
    aliases: ['原工作单位'],
    kind: 'text',
    width: 20,
    help: '最多 100 个字',
  },
  { field: 'formerPosition', header: '原职务', kind: 'text', width: 14, help: '最多 100 个字' },
  { field: 'rank', header: '职级', kind: 'text', width: 10, help: '如 正科级；最多 50 个字' },
  {
    field: 'residenceKind',
    header: '居住地类型',
    required: true,
    kind: 'enum',
    labels: RESIDENCE_LABELS,
    width: 11,
    help: '本县乡镇 或 县外',
  },
  {
    field: 'residencePlace',
    header: '居住地',
    required: true,
    kind: 'text',
    width: 12,
    help: `本县乡镇填乡镇名（${COUNTY_TOWNSHIPS.join('、')}）；县外填城市，如 长沙市`,
  },
  {
    field: 'phone',
    header: '联系电话',
    kind: 'text',
    width: 14,
    help: '手机号 11 位，或座机如 0737-7222222',
  },
  { field: 'address', header: '家庭住址', kind: 'text', width: 28, help: '最多 200 个字' },
  {
    field: 'healthStatus',
    header: '健康状况',
    kind: 'enum',
    labels: HEALTH_LABELS,
    width: 10,
    help: Object.values(HEALTH_LABELS).join('、'),
  },
  {
    field: 'healthNotes',
    header: '健康状况说明',
    aliases: ['健康备注'],
    kind: 'text',
    width: 24,
    help: '最多 2000 个字',
  },
  {
    field: 'livingSituation',
    header: '居住情况',
    kind: 'enum',
    labels: LIVING_LABELS,
    width: 16,
    help: Object.values(LIVING_LABELS).join('、'),
  },
  { field: 'spouseName', header: '配偶姓名', kind: 'text', width: 10, help: '最多 50 个字' },
  {
    field: 'emergencyContactName',
    header: '紧急联系人',
    kind: 'text',
    width: 10,
    help: '最多 50 个字',
  },
  {
    field: 'emergencyContactRelation',
    header: '与本人关系',
    kind: 'text',
    width: 10,
    help: '如 儿子、女儿；最多 20 个字',
  },
  {
    field: 'emergencyContactPhone',
    header: '紧急联系电话',
    aliases: ['紧急联系人电话'],
    kind: 'text',
    width: 14,
    help: '手机号 11 位，或座机',
  },
  { field: 'carePlan', header: '一人一策', kind: 'text', width: 24, help: '最多 5000 个字' },
  { field: 'contactLeader', header: '联系领导', kind: 'text', width: 10, help: '最多 50 个字' },
  {
    field: 'tags',
    header: '标签',
    kind: 'tags',
    width: 16,
    help: '多个标签用顿号或逗号分隔，如 独居、失能；最多 20 个',
  },
];

/** Personal data: masked for callers who may not read it, and never imported masked. */
export const PERSONAL_FIELDS: ReadonlySet<SheetField> = new Set([
  'idCardNumber',
  'phone',
  'address',
  'healthNotes',
  'emergencyContactPhone',
]);

/** The header as written: required columns carry a star. */
export const headerText = (column: SheetColumn) =>
  column.required ? `${column.header}*` : column.header;

/** A header as read: stars, spaces and "（必填）" are not part of the name. */
export function normalizeHeader(value: string): string {
  return value.replace(/[\s*＊]|[(（]必填[)）]/g, '');
}

const BY_HEADER = new Map<string, SheetColumn>(
  MEMBER_COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [h, c] as const)),
);

export function columnOfHeader(header: string): SheetColumn | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

/** Why a cell cannot be read as its column's kind. */
export interface CellProblem {
  code: 'INVALID' | 'INVALID_ID_CARD';
  message: string;
}

export type CellResult = { value: SheetValue | null } | { problem: CellProblem };

const TAG_SEPARATORS = /[、,，;；\n]+/;

/** A cell as text, as a clerk reads it: dates as YYYY-MM-DD, trimmed. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateOfCell(cell) ?? '';
  return String(cell).trim();
}

/** 1899-12-30 is day 0 of Excel's calendar (its 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date cell (read as UTC midnight), an Excel serial number, or text such as 2024-3-1. */
function dateOfCell(cell: Cell): string | null {
  if (cell instanceof Date) {
    // Excel keeps no zone: the cell's calendar day is the UTC day.
    return Number.isNaN(cell.getTime())
      ? null
      : format(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    return dateOfCell(new Date(EXCEL_EPOCH + cell * DAY_MS));
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cellText(cell));
  if (!m) return null;
  const date = format(Number(m[1]), Number(m[2]), Number(m[3]));
  return isCalendarDate(date) ? date : null;
}

function enumOfCell(column: SheetColumn, value: string): string | null {
  const labels = Object.entries(column.labels!);
  const found = labels.find(([code, label]) => label === value || code === value.toUpperCase());
  return found ? found[0] : null;
}

const invalid = (message: string): CellResult => ({ problem: { code: 'INVALID', message } });

/** A cell read as its column's kind; an empty cell is null. */
export function readCell(column: SheetColumn, cell: Cell): CellResult {
  const control = typeof cell === 'string' ? controlCharacterIn(cell) : null;
  if (control) return invalid(controlCharacterMessage(control));
  if (column.kind === 'date') {
    if (cellText(cell) === '') return { value: null };
    const date = dateOfCell(cell);
    return date
      ? { value: date }
      : invalid('日期应写作 YYYY-MM-DD，如 2024-03-01 (a date as YYYY-MM-DD)');
  }
  if (column.kind === 'idCard' && typeof cell === 'number') {
    // A number of 18 digits has lost its last ones to floating point.
    return {
      problem: {
        code: 'INVALID_ID_CARD',
        message:
          '身份证号被 Excel 存成了数字，末几位已丢失：请把该列设为文本后重新填写 (Excel stored the ID number as a number and lost its last digits: format the column as text and enter it again)',
      },
    };
  }
  const value = cellText(cell);
  if (value === '') return { value: null };
  switch (column.kind) {
    case 'boolean':
      if (cell === true || value === YES) return { value: true };
      if (cell === false || value === NO) return { value: false };
      return invalid(`应填写“${YES}”或“${NO}” (yes or no)`);
    case 'enum': {
      const code = enumOfCell(column, value);
      return code
        ? { value: code }
        : invalid(
            `应为 ${Object.values(column.labels!).join('、')} 之一 (one of ${Object.keys(column.labels!).join(', ')})`,
          );
    }
    case 'tags':
      return {
        value: value
          .split(TAG_SEPARATORS)
          .map((t) => t.trim())
          .filter(Boolean),
      };
    default:
      return { value };
  }
}

/** A value as a sheet shows it: enum labels, 是/否, tags joined. */
export function displayValue(column: SheetColumn, value: SheetValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'boolean') return value ? YES : NO;
  return column.labels?.[value] ?? value;
}
