/**
 * The rules for accounts: the server refuses what breaks them, the console shows each as the
 * person types.
 */

/** Usernames: 3–50 letters, digits or _.-, starting with a letter. */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,49}$/;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** A password mixes letters and digits. */
export const PASSWORD_MIX_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).*$/;

export type PasswordRule = 'length' | 'mix' | 'username';
export const PASSWORD_RULES: readonly PasswordRule[] = ['length', 'mix', 'username'];

/** Whether the password contains the username, whatever the case. */
export function passwordContainsUsername(password: string, username: string): boolean {
  const name = username.trim().toLowerCase();
  return name !== '' && password.toLowerCase().includes(name);
}

/** Which rules a password meets; the username rule is met while there is no username yet. */
export function checkPassword(password: string, username: string): Record<PasswordRule, boolean> {
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    mix: PASSWORD_MIX_PATTERN.test(password),
    username: !passwordContainsUsername(password, username),
  };
}
