import type { UserErrorCode } from './gql/graphql.js';
import { MAX_IMPORT_ROWS } from './import-contract.js';
import type { Bilingual, Locale } from './locale.js';
import { PASSWORD_MIN_LENGTH } from './account-rules.js';
import { formatYuan } from './money.js';

/**
 * Every code the server answers with, and what it means in both languages. The server keeps
 * writing its own message (for integrators, often with figures); the console shows the message
 * of the code in the reader's language.
 */

/** `code` of a mutation's userErrors, and of an imported row's problems. */
const USER_ERRORS: Record<UserErrorCode, Bilingual> = {
  REQUIRED: { 'zh-CN': '必填', 'en-US': 'Required' },
  TOO_LONG: { 'zh-CN': '内容过长', 'en-US': 'Too long' },
  INVALID: { 'zh-CN': '格式或取值不正确', 'en-US': 'Not a valid value' },
  INVALID_ID: { 'zh-CN': '编号无效', 'en-US': 'Not a valid id' },
  INVALID_ID_CARD: { 'zh-CN': '身份证号不正确', 'en-US': 'Not a valid ID number' },
  ID_CARD_CHECK_DIGIT: {
    'zh-CN': '身份证号校验位不符，请核对',
    'en-US': 'The ID number’s check digit does not match: check the number',
  },
  DUPLICATE: { 'zh-CN': '与已有记录重复', 'en-US': 'Duplicates an existing record' },
  IN_FUTURE: { 'zh-CN': '不能晚于今天', 'en-US': 'Cannot be in the future' },
  TOO_EARLY: {
    'zh-CN': '日期早于所允许的最早日期',
    'en-US': 'Earlier than the earliest date allowed',
  },
  NOT_FOUND: { 'zh-CN': '不存在或不在您的管理范围内', 'en-US': 'Not found within your reach' },
  STALE: {
    'zh-CN': '记录已被他人修改，请刷新后重试',
    'en-US': 'Changed by someone else meanwhile: reload and try again',
  },
  CYCLE: {
    'zh-CN': '不能移到自身或其下级组织之下',
    'en-US': 'Cannot move a branch under itself or its descendants',
  },
  HAS_MEMBERS: { 'zh-CN': '该组织仍有在册人员', 'en-US': 'The branch still has current members' },
  HAS_CHILDREN: { 'zh-CN': '该组织下仍有下级组织', 'en-US': 'The branch still contains branches' },
  ARCHIVED: { 'zh-CN': '已撤销或已吊销', 'en-US': 'Archived or revoked' },
  NOT_CURRENT: { 'zh-CN': '该人员已不在册', 'en-US': 'No longer on the roster' },
  TOO_SHORT: {
    'zh-CN': `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
    'en-US': `At least ${PASSWORD_MIN_LENGTH} characters`,
  },
  TOO_WEAK: {
    'zh-CN': '密码须同时包含字母和数字，且不能包含用户名',
    'en-US': 'Use letters and digits, and not the username',
  },
  INVALID_CREDENTIALS: {
    'zh-CN': '用户名或密码错误',
    'en-US': 'Wrong username or password',
  },
  LOCKED: {
    'zh-CN': '登录失败次数过多，请稍后再试',
    'en-US': 'Too many failed sign-ins: try again later',
  },
  FORBIDDEN: { 'zh-CN': '无权执行此操作', 'en-US': 'Not allowed' },
  INVALID_STATE: {
    'zh-CN': '当前状态下不能这样操作',
    'en-US': 'Not possible in the current state',
  },
  CLOSED: {
    'zh-CN': '报名未开放或已截止',
    'en-US': 'Sign-up is not open, or its deadline has passed',
  },
  BUDGET_EXCEEDED: {
    'zh-CN': '预算余额不足',
    'en-US': 'More than the budget line has left',
  },
  BELOW_COMMITTED: {
    'zh-CN': '不能低于已支出和已批准的金额',
    'en-US': 'Cannot be below the amount committed',
  },
  CAP_EXCEEDED: {
    'zh-CN': '超过每人每年的慰问上限',
    'en-US': 'Over the yearly cap per member',
  },
  SELF_APPROVAL: {
    'zh-CN': '不能批准自己创建的支出，请由他人审批',
    'en-US': 'Someone other than its creator must approve it',
  },
  OUT_OF_RANGE: { 'zh-CN': '超出允许的范围', 'en-US': 'Out of the allowed range' },
  BOOKING_CLASH: {
    'zh-CN': '该时段房间已被预约',
    'en-US': 'The room is booked at that time',
  },
};

/**
 * `extensions.code` of GraphQL errors (API.md) and `error.code` of `/api` refusals, besides
 * FORBIDDEN and NOT_FOUND, which mean there what they mean in userErrors.
 */
const REQUEST_ERRORS = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录', 'en-US': 'Sign in first' },
  BAD_USER_INPUT: {
    'zh-CN': '请求的参数不正确',
    'en-US': 'An argument of the request is not valid',
  },
  BAD_REQUEST: { 'zh-CN': '请求无效', 'en-US': 'Bad request' },
  GRAPHQL_PARSE_FAILED: { 'zh-CN': '请求无效', 'en-US': 'Bad request' },
  GRAPHQL_VALIDATION_FAILED: { 'zh-CN': '请求无效', 'en-US': 'Bad request' },
  QUERY_TOO_COMPLEX: {
    'zh-CN': '查询过于复杂，请缩小范围',
    'en-US': 'The query is too complex: ask for less',
  },
  RATE_LIMITED: {
    'zh-CN': '请求过于频繁，请稍后再试',
    'en-US': 'Too many requests: try again shortly',
  },
  INTERNAL_SERVER_ERROR: {
    'zh-CN': '服务器内部错误，请稍后再试',
    'en-US': 'Internal error: try again later',
  },
  CSRF: {
    'zh-CN': '请求缺少防伪请求头，已拒绝',
    'en-US': 'Refused: the request lacks the header that shows it is not forged',
  },
  TOO_LARGE: { 'zh-CN': '文件过大', 'en-US': 'The file is too large' },
  EMPTY: { 'zh-CN': '文件中没有数据', 'en-US': 'The file has no data' },
  NOT_SPREADSHEET: {
    'zh-CN': '不是 Excel（.xlsx）或 CSV 文件',
    'en-US': 'Not an Excel (.xlsx) or CSV file',
  },
  UNKNOWN_ENCODING: {
    'zh-CN': 'CSV 文件的编码无法识别：请保存为 UTF-8 或 GBK 编码，或直接上传 .xlsx',
    'en-US': 'The CSV file is neither UTF-8 nor GBK: save it as either, or upload the .xlsx',
  },
  DUPLICATE_COLUMN: { 'zh-CN': '有一列出现了两次', 'en-US': 'A column appears twice' },
  MISSING_COLUMNS: { 'zh-CN': '缺少必填列', 'en-US': 'Required columns are missing' },
  TOO_MANY_ROWS: {
    'zh-CN': `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个文件`,
    'en-US': `At most ${MAX_IMPORT_ROWS} rows at a time: split the file`,
  },
  CONFLICT: {
    'zh-CN': '导入期间有人登记了相同身份证号的人员，请重新检查后再导入',
    'en-US': 'Someone registered one of these ID numbers meanwhile: check again',
  },
} satisfies Record<string, Bilingual>;

export type RequestErrorCode = keyof typeof REQUEST_ERRORS;
export type ErrorCode = UserErrorCode | RequestErrorCode;

/** Every code the server answers with, and its messages. */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, Bilingual>> = {
  ...USER_ERRORS,
  ...REQUEST_ERRORS,
};

export const isErrorCode = (code: string): code is ErrorCode =>
  Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code);

/**
 * Where a code means something narrower on one field than the code's own message says: keyed
 * `CODE@field` (the field's last part).
 */
const FIELD_MESSAGES: Readonly<Record<string, Record<Locale, string>>> = {
  'INVALID_CREDENTIALS@currentPassword': {
    'zh-CN': '当前密码不正确',
    'en-US': 'The current password is wrong',
  },
};

/**
 * Where the server sends the figures behind a refusal (`params`), the message that names them:
 * `{name}` is the param of that name; one whose name ends in `Fen` is written in yuan.
 */
const WITH_FIGURES: Readonly<Partial<Record<ErrorCode, Bilingual>>> = {
  BUDGET_EXCEEDED: {
    'zh-CN': '预算余额不足：尚余 {remainingFen} 元，需 {neededFen} 元，还差 {missingFen} 元',
    'en-US':
      'More than the budget line has left: {remainingFen} yuan left, {neededFen} needed, {missingFen} missing',
  },
  CAP_EXCEEDED: {
    'zh-CN': '超过每人每年 {capFen} 元的慰问上限（本年已领 {receivedFen} 元）',
    'en-US': 'Over the yearly cap of {capFen} yuan per member ({receivedFen} received this year)',
  },
  BOOKING_CLASH: {
    'zh-CN': '与已有预约冲突：{room} {when}，{purpose}',
    'en-US': 'Clashes with a booking: {room}, {when}, {purpose}',
  },
};

/** The figures of `params` in `template`; null when one is missing. */
function withFigures(template: string, params: Readonly<Record<string, unknown>>): string | null {
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value === 'number' && name.endsWith('Fen') && Number.isSafeInteger(value)) {
      return formatYuan(value);
    }
    if (typeof value === 'number' && !name.endsWith('Fen') && Number.isFinite(value)) {
      return String(value);
    }
    if (typeof value === 'string') return value;
    complete = false;
    return '';
  });
  return complete ? text : null;
}

/**
 * What to show a reader for an error the server answered with: the message of its code (on
 * that field, where it says more; with its figures, where the server sent them) in the
 * reader's language, or the server's own message for a code this catalogue does not know.
 */
export function messageForCode(
  error: {
    code?: string | null;
    message: string;
    field?: string | readonly string[] | null;
    params?: Readonly<Record<string, unknown>> | null;
  },
  locale: Locale,
): string {
  const field = typeof error.field === 'string' ? error.field : error.field?.at(-1);
  const onField = error.code && field ? FIELD_MESSAGES[`${error.code}@${field}`] : undefined;
  if (onField) return onField[locale];
  if (!error.code || !isErrorCode(error.code)) return error.message;
  const figures = WITH_FIGURES[error.code];
  const detailed = figures && error.params ? withFigures(figures[locale], error.params) : null;
  return detailed ?? ERROR_MESSAGES[error.code][locale];
}
