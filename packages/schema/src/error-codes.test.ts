import { ERROR_MESSAGES, messageForCode } from './error-codes';
import { UserErrorCode } from './gql/graphql';

describe('the error codes and their messages', () => {
  it('has both languages for every code a mutation can answer with', () => {
    for (const code of Object.values(UserErrorCode)) {
      expect(ERROR_MESSAGES[code]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(ERROR_MESSAGES[code]['en-US']).toMatch(/^[\x20-\x7e’“”–]+$/);
    }
  });

  it('gives the reader the message of the code, in the reader’s language', () => {
    const stale = { code: 'STALE', message: '记录已被他人修改（当前版本 3） (now version 3)' };
    expect(messageForCode(stale, 'zh-CN')).toBe('记录已被他人修改，请刷新后重试');
    expect(messageForCode(stale, 'en-US')).toBe(
      'Changed by someone else meanwhile: reload and try again',
    );
    expect(messageForCode({ code: 'RATE_LIMITED', message: 'x' }, 'zh-CN')).toBe(
      '请求过于频繁，请稍后再试',
    );
  });

  it('falls back to the server’s message for a code it does not know', () => {
    expect(messageForCode({ code: 'SOMETHING_NEW', message: '新情况 (new)' }, 'en-US')).toBe(
      '新情况 (new)',
    );
    expect(messageForCode({ message: 'Failed to fetch' }, 'zh-CN')).toBe('Failed to fetch');
    expect(messageForCode({ code: 'toString', message: 'm' }, 'zh-CN')).toBe('m');
  });

  it('says more on a field where the code alone would mislead', () => {
    const wrongCurrent = {
      code: 'INVALID_CREDENTIALS',
      field: ['currentPassword'],
      message: '当前密码不正确 (the current password is wrong)',
    };
    expect(messageForCode(wrongCurrent, 'zh-CN')).toBe('当前密码不正确');
    expect(messageForCode(wrongCurrent, 'en-US')).toBe('The current password is wrong');
    expect(messageForCode({ ...wrongCurrent, field: ['password'] }, 'zh-CN')).toBe(
      '用户名或密码错误',
    );
  });

  it('names the figures the server sent with a refusal, money in yuan, in either language', () => {
    const exceeded = {
      code: 'BUDGET_EXCEEDED',
      field: ['id'],
      message: '预算余额不足 (the line has 1,000.00 yuan left)',
      params: { remainingFen: 100000, neededFen: 1234567, missingFen: 1134567 },
    };
    expect(messageForCode(exceeded, 'zh-CN')).toBe(
      '预算余额不足：尚余 1,000.00 元，需 12,345.67 元，还差 11,345.67 元',
    );
    expect(messageForCode(exceeded, 'en-US')).toBe(
      'More than the budget line has left: 1,000.00 yuan left, 12,345.67 needed, 11,345.67 missing',
    );
    const capped = {
      code: 'CAP_EXCEEDED',
      message: 'x',
      params: { capFen: 200000, receivedFen: 150050 },
    };
    expect(messageForCode(capped, 'zh-CN')).toBe(
      '超过每人每年 2,000.00 元的慰问上限（本年已领 1,500.50 元）',
    );
    // Without the figures, or with one missing, the code's own message.
    expect(messageForCode({ ...exceeded, params: null }, 'zh-CN')).toBe('预算余额不足');
    expect(messageForCode({ ...exceeded, params: { remainingFen: 1 } }, 'en-US')).toBe(
      'More than the budget line has left',
    );
  });
});
