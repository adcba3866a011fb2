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
});
