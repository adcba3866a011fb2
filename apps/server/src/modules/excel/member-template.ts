import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS as MAX_ROWS } from '@wanxia/schema';
import { MEMBER_COLUMNS, NO, YES, headerText, type SheetColumn } from './member-sheet';
import { ROSTER_SHEET } from './read-sheet';

export const HELP_SHEET = '填写说明';
export const BRANCH_SHEET = '党支部';

/** Rows of the roster sheet that carry the dropdowns and formats. */
const PREPARED_ROWS = 5000;

const REQUIRED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFDE2E2' },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF0F0F0' },
};

const GENERAL_NOTES = [
  '第一行是表头，请勿修改列名；带 * 的列必须填写，其余可不填。',
  '按身份证号匹配：已在册的人员只更新有变化的内容，其余人员新登记。同一个文件导入两次不会重复登记。',
  '空白单元格不会清除已有信息；调转支部、登记逝世或转出请在人员页面办理。',
  '导入前会先检查全部行并列出所有问题；有任何问题时不会写入。可下载“问题表”，按标红单元格的批注改正后重新上传。',
  `一次最多 ${MAX_ROWS} 行，文件不超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB；也可上传 CSV 文件（UTF-8 或 GBK 编码）。`,
];

/** The values a column allows, as the 填写说明 sheet lists them. */
function allowed(column: SheetColumn): string {
  if (column.kind === 'boolean') return `${YES}、${NO}`;
  if (column.labels) return Object.values(column.labels).join('、');
  return '';
}

/** A dropdown of fixed values or of a range; `allowBlank` since most columns are optional. */
function listValidation(formula: string, title: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: '请从下拉列表中选择',
  };
}

interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function rosterSheet(workbook: ExcelJS.Workbook, branchCount: number) {
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = MEMBER_COLUMNS.map((column) => ({
    header: headerText(column),
    key: column.field,
    width: column.width,
    // ID numbers and phones stay text, or Excel rounds them to 15 digits.
    style: column.kind === 'text' || column.kind === 'idCard' ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  MEMBER_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    cell.note = column.required ? `必填。${column.help}` : column.help;
  });
  // exceljs has range validations, but its typings leave them out.
  const validations = (sheet as unknown as WithValidations).dataValidations;
  MEMBER_COLUMNS.forEach((column, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const range = `${letter}2:${letter}${PREPARED_ROWS + 1}`;
    const values = allowed(column);
    if (values) {
      validations.add(range, listValidation(`"${values.replaceAll('、', ',')}"`, column.header));
    } else if (column.field === 'branch' && branchCount > 0) {
      validations.add(
        range,
        listValidation(`'${BRANCH_SHEET}'!$A$2:$A$${branchCount + 1}`, column.header),
      );
    }
  });
}

function helpSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet(HELP_SHEET);
  sheet.columns = [
    { header: '列名', key: 'header', width: 14 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '可选值', key: 'allowed', width: 36 },
    { header: '填写说明', key: 'help', width: 90 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of MEMBER_COLUMNS) {
    sheet.addRow({
      header: column.header,
      required: column.required ? '必填' : '',
      allowed: allowed(column),
      help: column.help,
    });
  }
  sheet.addRow([]);
  for (const note of GENERAL_NOTES) sheet.addRow({ header: '说明', help: note });
  sheet.getColumn('help').alignment = { wrapText: true, vertical: 'top' };
}

function branchSheet(workbook: ExcelJS.Workbook, branches: string[]) {
  const sheet = workbook.addWorksheet(BRANCH_SHEET);
  sheet.columns = [{ header: '所在支部（照此填写）', key: 'path', width: 60 }];
  sheet.getRow(1).font = { bold: true };
  for (const path of branches) sheet.addRow({ path });
}

/**
 * The import template: the roster sheet (headers, required ones marked, dropdowns), the
 * 填写说明 sheet, and the branches the caller may fill in.
 */
export async function memberTemplate(branches: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '晚霞';
  rosterSheet(workbook, branches.length);
  helpSheet(workbook);
  branchSheet(workbook, branches);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
