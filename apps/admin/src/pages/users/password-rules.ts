import type { FormRule as Rule } from 'antd';
import { checkPassword, PASSWORD_RULES, type PasswordRule } from '@wanxia/schema';

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
