import {
  idCardBirthDate,
  idCardCheckChar,
  idCardGender,
  idCardProblem,
  normalizeIdCard,
} from './id-card';
import table from '../../../../packages/schema/id-card-cases.json';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a number whose check digit matches', () => {
    expect(idCardCheckChar('43092319311225168')).toBe('9');
    expect(idCardProblem('430923193112251689')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idCardProblem('430923193112251688')).toBe('CHECK_DIGIT');
    expect(idCardProblem('43092319311225168')).toBe('FORMAT');
    expect(idCardProblem('430923193102301689')).toBe('BIRTH_DATE');
  });

  it('takes an X as the check character, typed in either case', () => {
    const first17 = '11010519491231002';
    expect(idCardCheckChar(first17)).toBe('X');
    expect(idCardProblem(normalizeIdCard(`${first17}x`))).toBeNull();
    expect(normalizeIdCard('4309 2319 3112 2516 89')).toBe('430923193112251689');
  });

  it('reads the birth date and gender from the number', () => {
    expect(idCardBirthDate('430923193112251689')).toBe('1931-12-25');
    expect(idCardGender('430923193112251689')).toBe('FEMALE');
    expect(idCardGender('11010519491231002X')).toBe('FEMALE');
    expect(idCardGender('430923194403081213')).toBe('MALE');
  });
});

describe('the shared table of ID numbers (packages/schema/id-card-cases.json)', () => {
  // The server's test reads the same table, so the two checks cannot drift apart.
  it.each(table.cases.map((c) => [c.why, c.input, c.problem]))(
    '%s: %s → %s',
    (_why, input, problem) => {
      expect(idCardProblem(normalizeIdCard(input as string))).toBe(problem);
    },
  );
});
