import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    expect(idCardProblem('11010519491231002X')).toBeNull();
  });

  it('refuses a mistyped digit through the check character', () => {
    expect(idCardProblem('11010519491231003X')).toBe('CHECK_DIGIT');
    expect(idCardProblem('110105194912310021')).toBe('CHECK_DIGIT');
  });

  it('refuses wrong lengths, letters and impossible birth dates', () => {
    expect(idCardProblem('1101051949123100')).toBe('FORMAT');
    expect(idCardProblem('1101051949123100A2')).toBe('FORMAT');
    const first17 = '43092319490230001';
    expect(idCardProblem(first17 + idCardCheckChar(first17))).toBe('BIRTH_DATE');
  });

  it('reads the birth date and gender', () => {
    expect(idCardBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(idCardGender('11010519491231002X')).toBe('FEMALE');
    const male = '43092319520101001';
    expect(idCardGender(male + idCardCheckChar(male))).toBe('MALE');
  });

  it('normalises what people type', () => {
    expect(normalizeIdCard(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });
});

describe('the shared table of ID numbers (packages/schema/id-card-cases.json)', () => {
  const table = JSON.parse(
    readFileSync(join(__dirname, '../../../../packages/schema/id-card-cases.json'), 'utf8'),
  ) as { cases: { input: string; problem: string | null; why: string }[] };

  it.each(table.cases.map((c) => [c.why, c.input, c.problem]))(
    '%s: %s → %s',
    (_why, input, problem) => {
      expect(idCardProblem(normalizeIdCard(input as string))).toBe(problem);
    },
  );
});
