import { checkPassword, USERNAME_PATTERN } from './account-rules';

describe('usernames', () => {
  it('are 3–50 letters, digits or _.-, starting with a letter', () => {
    for (const name of ['abc', 'li.ming', 'wang_01', 'a-b', 'a'.repeat(50)]) {
      expect(USERNAME_PATTERN.test(name)).toBe(true);
    }
    for (const name of ['ab', '1abc', '_abc', 'li ming', '张三', 'a'.repeat(51), 'abc!']) {
      expect(USERNAME_PATTERN.test(name)).toBe(false);
    }
  });
});

describe('passwords', () => {
  it('are 8–128 characters of letters and digits, without the username', () => {
    expect(checkPassword('wanxia2022', 'admin')).toEqual({
      length: true,
      mix: true,
      username: true,
    });
    expect(checkPassword('abc123', '').length).toBe(false);
    expect(checkPassword(`a1${'x'.repeat(127)}`, '').length).toBe(false);
    expect(checkPassword('abcdefgh', '').mix).toBe(false);
    expect(checkPassword('12345678', '').mix).toBe(false);
    expect(checkPassword('xxADMIN2022', 'admin').username).toBe(false);
  });

  it('meet the username rule while there is no username yet', () => {
    expect(checkPassword('admin2022', '  ').username).toBe(true);
  });
});
