import type {
  Gender,
  HealthStatus,
  LivingSituation,
  MemberStatus,
  ResidenceKind,
  RetirementType,
} from './gql/graphql.js';
import type { Bilingual, Locale } from './locale.js';

/**
 * The enums people read on both sides (the console's forms and lists, the server's spreadsheets),
 * each value with its label, in the order they are offered.
 */
export const ENUM_LABELS = {
  Gender: {
    MALE: { 'zh-CN': '男', 'en-US': 'Male' },
    FEMALE: { 'zh-CN': '女', 'en-US': 'Female' },
  } satisfies Record<Gender, Bilingual>,
  MemberStatus: {
    ACTIVE: { 'zh-CN': '在册', 'en-US': 'Current' },
    DECEASED: { 'zh-CN': '已故', 'en-US': 'Deceased' },
    TRANSFERRED_OUT: { 'zh-CN': '已转出', 'en-US': 'Transferred out' },
  } satisfies Record<MemberStatus, Bilingual>,
  RetirementType: {
    LIXIU: { 'zh-CN': '离休', 'en-US': 'Lixiu' },
    TUIXIU: { 'zh-CN': '退休', 'en-US': 'Retired' },
  } satisfies Record<RetirementType, Bilingual>,
  HealthStatus: {
    GOOD: { 'zh-CN': '良好', 'en-US': 'Good' },
    FAIR: { 'zh-CN': '一般', 'en-US': 'Fair' },
    POOR: { 'zh-CN': '较差', 'en-US': 'Poor' },
    BEDRIDDEN: { 'zh-CN': '长期卧床', 'en-US': 'Bedridden' },
  } satisfies Record<HealthStatus, Bilingual>,
  LivingSituation: {
    WITH_SPOUSE: { 'zh-CN': '与配偶同住', 'en-US': 'With spouse' },
    WITH_FAMILY: { 'zh-CN': '与子女或亲属同住', 'en-US': 'With children or relatives' },
    ALONE: { 'zh-CN': '独居', 'en-US': 'Lives alone' },
    CARE_HOME: { 'zh-CN': '入住养老机构', 'en-US': 'In a care home' },
  } satisfies Record<LivingSituation, Bilingual>,
  ResidenceKind: {
    TOWNSHIP: { 'zh-CN': '本县乡镇', 'en-US': 'A township of the county' },
    ELSEWHERE: { 'zh-CN': '县外', 'en-US': 'Outside the county' },
  } satisfies Record<ResidenceKind, Bilingual>,
} as const;

export type LabelledEnum = keyof typeof ENUM_LABELS;
export type EnumValue<E extends LabelledEnum> = keyof (typeof ENUM_LABELS)[E] & string;

/** The values of an enum, in the order they are offered. */
export function enumValues<E extends LabelledEnum>(name: E): EnumValue<E>[] {
  return Object.keys(ENUM_LABELS[name]) as EnumValue<E>[];
}

/** Each value of an enum with its label in one language. */
export function enumLabels<E extends LabelledEnum>(
  name: E,
  locale: Locale,
): Record<EnumValue<E>, string> {
  const labels = ENUM_LABELS[name] as Record<EnumValue<E>, Bilingual>;
  return Object.fromEntries(
    enumValues(name).map((value) => [value, labels[value][locale]]),
  ) as Record<EnumValue<E>, string>;
}
