import type { FormRule as Rule } from 'antd';

/** The server's password rules (apps/server … user.types.ts), checked as the person types. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRule = 'length' | 'mix' | 'username';
export const PASSWORD_RULES: readonly PasswordRule[] = ['length', 'mix', 'username'];

/** Which rules a password meets; the username rule is met while there is no username yet. */
export function checkPassword(password: string, username: string): Record<PasswordRule, boolean> {
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    mix: /[A-Za-z]/.test(password) && /\d/.test(password),
    username: !username.trim() || !password.toLowerCase().includes(username.trim().toLowerCase()),
  };
}

/** Usernames: 3–50 letters, digits or _.-, starting with a letter (as the server requires). */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,49}$/;

/** A form rule that reports the first unmet password rule on the field (emptiness aside). */
export function passwordRule(username: () => string, messages: Record<PasswordRule, string>): Rule {
  return {
    validator(_, value: string | undefined) {
      if (!value) return Promise.resolve();
      const met = checkPassword(value, username());
      const unmet = PASSWORD_RULES.find((rule) => !met[rule]);
      return unmet ? Promise.reject(new Error(messages[unmet])) : Promise.resolve();
    },
  };
}
