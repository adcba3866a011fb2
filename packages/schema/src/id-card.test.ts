import table from '../id-card-cases.json';
import {
  idCardBirthDate,
  idCardCheckChar,
  idCardGender,
  idCardProblem,
  normalizeIdCard,
} from './id-card';

describe('resident ID numbers (GB 11643)', () => {
  // The standard's own example: 11010519491231002X.
  it('computes the check character of the published example', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('43092319311225168')).toBe('9');
    expect(idCardProblem('11010519491231002X')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idCardProblem('11010519491231003X')).toBe('CHECK_DIGIT');
    expect(idCardProblem('110105194912310021')).toBe('CHECK_DIGIT');
    expect(idCardProblem('1101051949123100')).toBe('FORMAT');
    expect(idCardProblem('1101051949123100A2')).toBe('FORMAT');
    const first17 = '43092319490230001';
    expect(idCardProblem(first17 + idCardCheckChar(first17))).toBe('BIRTH_DATE');
  });

  it('reads the birth date and gender', () => {
    expect(idCardBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(idCardGender('11010519491231002X')).toBe('FEMALE');
    expect(idCardGender('430923194403081213')).toBe('MALE');
  });

  it('normalises what people type', () => {
    expect(normalizeIdCard(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });
});

describe('the table of ID numbers integrators and both sides hold to (id-card-cases.json)', () => {
  it.each(table.cases.map((c) => [c.why, c.input, c.problem]))(
    '%s: %s → %s',
    (_why, input, problem) => {
      expect(idCardProblem(normalizeIdCard(input as string))).toBe(problem);
    },
  );
});
