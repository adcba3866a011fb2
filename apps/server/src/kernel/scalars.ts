import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '@wanxia/schema';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new TypeError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar date in China time, `YYYY-MM-DD`, kept as a string end to end. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in China time (Asia/Shanghai), `YYYY-MM-DD`.',
  serialize: parseDate,
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

function parseMonthDay(value: unknown): string {
  if (typeof value === 'string' && /^\d{2}-\d{2}$/.test(value) && isCalendarDate(`2000-${value}`)) {
    return value;
  }
  throw new TypeError(`MonthDay must be MM-DD, got ${JSON.stringify(value)}`);
}

/** A day of the year, `MM-DD` (02-29 allowed), for birthday ranges. */
export const MonthDayScalar = new GraphQLScalarType({
  name: 'MonthDay',
  description: 'A day of the year, `MM-DD`.',
  serialize: parseMonthDay,
  parseValue: parseMonthDay,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('MonthDay must be a string MM-DD');
    return parseMonthDay(ast.value);
  },
});

function parseMoney(value: unknown): number {
  const amount = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw new TypeError(`Money must be a whole number of fen, got ${JSON.stringify(value)}`);
  }
  return amount;
}

/** An amount of money in fen (分, 1/100 yuan): a whole number, never a fraction. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description:
    'An amount in fen (分, 1/100 yuan), a whole number: 12345 is 123.45 yuan. Up to 2^53 − 1.',
  serialize: parseMoney,
  parseValue(value) {
    if (typeof value !== 'number') throw new TypeError('Money must be a JSON number of fen');
    return parseMoney(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new TypeError('Money must be a whole number of fen');
    return parseMoney(Number(ast.value));
  },
});
