import { ageOf, chinaDateTime, enumLabels, partyYearsOf, yuanCell } from '@wanxia/schema';
import type { Queryable, Row } from '../../kernel/db/database';
import type { Sql } from '../../kernel/db/sql';
import { can, mayReadPersonalData } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import type { Scope } from '../../kernel/access/reach';
import { maskIfPresent } from '../../kernel/access/mask';
import { disbursementRows, type DisbursementCriteria } from '../funding/funding.repository';
import { memberRows, toMember, type MemberCriteria } from '../member/member.repository';
import { type Member, type MemberOrder } from '../member/member.types';
import { OCCASION_NAMES, type VisitOccasion } from '../visit/occasions';
import {
  visitRows,
  visitTaskRows,
  type VisitCriteria,
  type VisitTaskCriteria,
} from '../visit/visit.repository';
import { VisitTaskStatus } from '../visit/visit.types';
import {
  type DisbursementStatus,
  type PayeeKind,
  type BudgetCategory,
} from '../funding/funding.types';
import { BranchDirectory } from './branch-directory';
import { MEMBER_COLUMNS, PERSONAL_FIELDS, YES, NO, displayValue } from './member-sheet';
import type { ExportColumn, ExportSheet } from './xlsx-export';

/** What a list export is: its sheet, its file names and its audit operation. */
export interface ListExport<T> {
  operation: string;
  /** The Chinese file name's stem (人员名单 → 人员名单-2026-06-15.xlsx) and an ASCII one. */
  title: string;
  asciiTitle: string;
  sheet: ExportSheet<T>;
  /** The rows the export will hold, for the audit entry written before it starts. */
  count: Sql;
  /** Whether personal data leaves in full. */
  personalData: boolean;
}

const yesNo = (value: unknown) => (value == null ? null : value ? YES : NO);

const STATUS_NAMES = enumLabels('MemberStatus', 'zh-CN');

/** `YYYY-MM-DD HH:mm` in China time. */
function timeCell(value: unknown): string | null {
  return value instanceof Date ? chinaDateTime(value) : null;
}

/**
 * The roster with every column the import reads (so an export imports back unchanged), then
 * the figures the console list shows. Personal data is masked unless the caller may read it.
 */
export async function memberExport(
  db: Queryable,
  scope: Scope,
  criteria: MemberCriteria | null,
  order: MemberOrder | null,
): Promise<ListExport<Member>> {
  const branches = await BranchDirectory.load(db, scope.reach);
  const full = mayReadPersonalData(scope.caller);
  const rows = memberRows(scope, criteria, order);
  const columns: ExportColumn<Member>[] = [
    ...MEMBER_COLUMNS.map((column): ExportColumn<Member> => ({
      header: column.header,
      width: column.width,
      value: (m) => {
        if (column.field === 'branch') return branches.pathOf(m.branchId);
        const text = displayValue(column, m[column.field]);
        return full || !PERSONAL_FIELDS.has(column.field)
          ? text
          : String(maskIfPresent(column.field, text));
      },
    })),
    { header: '年龄', width: 6, value: (m) => ageOf(m, scope.today) },
    { header: '党龄', width: 6, value: (m) => partyYearsOf(m, scope.today) },
    { header: '状态', width: 8, value: (m) => STATUS_NAMES[m.status] },
    { header: '更新时间', width: 17, value: (m) => timeCell(m.updatedAt) },
  ];
  return {
    operation: 'exportMembers',
    title: '人员名单',
    asciiTitle: 'members',
    personalData: full,
    count: rows.count,
    sheet: { name: '人员名单', columns, query: rows.query, map: toMember },
  };
}

const TASK_STATUS_NAMES = enumLabels('VisitTaskStatus', 'zh-CN');

const occasionName = (value: unknown) => OCCASION_NAMES[value as VisitOccasion] ?? null;
const text = (value: unknown) => (value == null ? null : String(value));

/**
 * Visits made, latest first, with the member and the branch; for funding readers also the money
 * handed over on each (its payments that were not voided).
 */
export function visitExport(scope: Scope, criteria: VisitCriteria | null): ListExport<Row> {
  const rows = visitRows(scope, criteria);
  const withMoney = can(scope.caller, Permission.FUNDING_READ);
  const money: ExportColumn<Row>[] = withMoney
    ? [
        {
          header: '慰问金（元）',
          width: 12,
          numFmt: '#,##0.00',
          value: (r) => (r.paidFen == null ? null : yuanCell(Number(r.paidFen))),
        },
      ]
    : [];
  const columns: ExportColumn<Row>[] = [
    { header: '走访日期', width: 12, value: (r) => text(r.visitedOn) },
    { header: '姓名', width: 10, value: (r) => text(r.memberName) },
    { header: '所在党支部', width: 30, value: (r) => text(r.branchName) },
    { header: '走访事由', width: 10, value: (r) => occasionName(r.occasion) },
    { header: '走访人', width: 20, value: (r) => text(r.visitors) },
    { header: '地点', width: 16, value: (r) => text(r.place) },
    { header: '情况摘要', width: 40, value: (r) => text(r.summary) },
    { header: '慰问品', width: 20, value: (r) => text(r.gifts) },
    ...money,
    { header: '逾期走访', width: 9, value: (r) => yesNo(r.late) },
    { header: '需跟进', width: 8, value: (r) => yesNo(r.followUpNeeded) },
    { header: '跟进事项', width: 30, value: (r) => text(r.followUpNote) },
    { header: '登记时间', width: 17, value: (r) => timeCell(r.createdAt) },
  ];
  return {
    operation: 'exportVisits',
    title: '走访记录',
    asciiTitle: 'visits',
    personalData: false,
    count: rows.count,
    sheet: { name: '走访记录', columns, query: rows.query, map: (row) => row },
  };
}

/** Visits owed, soonest due first, as the 待访 board lists them. */
export function visitTaskExport(scope: Scope, criteria: VisitTaskCriteria | null): ListExport<Row> {
  const rows = visitTaskRows(scope, criteria);
  const columns: ExportColumn<Row>[] = [
    { header: '姓名', width: 10, value: (r) => text(r.memberName) },
    { header: '所在党支部', width: 30, value: (r) => text(r.branchName) },
    { header: '走访事由', width: 10, value: (r) => occasionName(r.occasion) },
    { header: '事由日期', width: 12, value: (r) => text(r.triggerDate) },
    { header: '走访期限起', width: 12, value: (r) => text(r.dueFrom) },
    { header: '走访期限止', width: 12, value: (r) => text(r.dueBy) },
    {
      header: '状态',
      width: 8,
      value: (r) =>
        r.status === VisitTaskStatus.OPEN && String(r.dueBy) < scope.today
          ? '已逾期'
          : TASK_STATUS_NAMES[r.status as VisitTaskStatus],
    },
    { header: '走访日期', width: 12, value: (r) => text(r.doneOn) },
    { header: '逾期完成', width: 9, value: (r) => yesNo(r.doneLate) },
    { header: '免访原因', width: 30, value: (r) => text(r.waivedReason) },
  ];
  return {
    operation: 'exportVisitTasks',
    title: '待访任务',
    asciiTitle: 'visit-tasks',
    personalData: false,
    count: rows.count,
    sheet: { name: '待访任务', columns, query: rows.query, map: (row) => row },
  };
}

const DISBURSEMENT_STATUS_NAMES = enumLabels('DisbursementStatus', 'zh-CN');
const PAYEE_NAMES = enumLabels('PayeeKind', 'zh-CN');
const CATEGORY_NAMES = enumLabels('BudgetCategory', 'zh-CN');

/** Payments, latest first, amounts in yuan; the line only when it is in reach. */
export function disbursementExport(
  scope: Scope,
  criteria: DisbursementCriteria | null,
): ListExport<Row> {
  const rows = disbursementRows(scope, criteria);
  const columns: ExportColumn<Row>[] = [
    { header: '支付日期', width: 12, value: (r) => text(r.date) },
    { header: '用途', width: 30, value: (r) => text(r.purpose) },
    {
      header: '收款方类型',
      width: 12,
      value: (r) => PAYEE_NAMES[r.payeeKind as PayeeKind] ?? null,
    },
    { header: '收款方', width: 24, value: (r) => text(r.payeeName) },
    {
      header: '金额（元）',
      width: 14,
      numFmt: '#,##0.00',
      value: (r) => yuanCell(Number(r.amountFen)),
    },
    {
      header: '状态',
      width: 8,
      value: (r) => DISBURSEMENT_STATUS_NAMES[r.status as DisbursementStatus] ?? null,
    },
    {
      header: '年度',
      width: 6,
      value: (r) => (r.budgetYear == null ? null : Number(r.budgetYear)),
    },
    {
      header: '类别',
      width: 12,
      value: (r) => CATEGORY_NAMES[r.budgetCategory as BudgetCategory] ?? null,
    },
    { header: '预算项目', width: 24, value: (r) => text(r.budgetName) },
    { header: '备注', width: 24, value: (r) => text(r.note) },
    { header: '作废原因', width: 20, value: (r) => text(r.voidReason) },
    { header: '登记人', width: 16, value: (r) => text(r.createdBy) },
    { header: '批准人', width: 16, value: (r) => text(r.approvedBy) },
    { header: '支付人', width: 16, value: (r) => text(r.paidBy) },
  ];
  return {
    operation: 'exportDisbursements',
    title: '经费支出',
    asciiTitle: 'disbursements',
    personalData: false,
    count: rows.count,
    sheet: { name: '经费支出', columns, query: rows.query, map: (row) => row },
  };
}
