import { formatFen, plainYuan, yuanToFen } from '@wanxia/schema';
import type { CampaignRuleInput, RetirementType } from '../../gql/graphql';
import type { MessageKey } from '../../locales';
import './locale';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A line of the standard as the rule table edits it: the sum as the yuan typed. */
export interface RuleRow {
  retirementType: RetirementType | null;
  minAge: number | null;
  tag: string;
  gift: string;
  amountYuan: string | null;
}

/** A stored line of the standard. */
export type Rule = CampaignRuleInput;

export const EMPTY_RULE: RuleRow = {
  retirementType: null,
  minAge: null,
  tag: '',
  gift: '',
  amountYuan: null,
};

/** The table's row as the API's rule: the yuan typed into fen, blanks as "any". */
export function ruleInput(row: RuleRow): Rule | null {
  const amountFen = row.amountYuan ? yuanToFen(row.amountYuan) : 0;
  if (amountFen === null) return null;
  return {
    retirementType: row.retirementType ?? null,
    minAge: row.minAge ?? null,
    tag: row.tag.trim() || null,
    gift: row.gift.trim(),
    amountFen,
  };
}

/** The rows of the table as rules; null when an amount is not a valid sum of yuan. */
export function rulesInput(rows: readonly RuleRow[]): Rule[] | null {
  const rules = rows.map(ruleInput);
  return rules.every((rule) => rule !== null) ? (rules as Rule[]) : null;
}

/** A stored rule as a row of the table. */
export function ruleRow(rule: Rule): RuleRow {
  return {
    retirementType: rule.retirementType ?? null,
    minAge: rule.minAge ?? null,
    tag: rule.tag ?? '',
    gift: rule.gift,
    amountYuan: plainYuan(rule.amountFen),
  };
}

/** Whom a rule is for, in words: 离休 · 90 岁及以上 · 困难, or 其他人员 for a rule for all. */
export function ruleAudience(rule: Rule, t: Translate): string {
  const parts = [
    rule.retirementType && t(`enum.RetirementType.${rule.retirementType}`),
    rule.minAge != null && t('campaigns.rule.age', { age: rule.minAge }),
    rule.tag,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('campaigns.rule.everyone');
}

/** A rule in one line: whom, the gift and the sum. */
export function ruleSummary(rule: Rule, t: Translate): string {
  return t('campaigns.rule.summary', {
    who: ruleAudience(rule, t),
    gift: rule.gift,
    amount: formatFen(rule.amountFen),
  });
}
