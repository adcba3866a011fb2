import type {
  BudgetCategory,
  DisbursementStatus,
  Gender,
  HealthStatus,
  LivingSituation,
  MemberStatus,
  PayeeKind,
  ResidenceArea,
  ResidenceKind,
  RetirementType,
  RosterMovement,
  VisitOccasion,
  VisitTaskStatus,
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
  /** Where members live, as the yearly report groups them. */
  ResidenceArea: {
    COUNTY: { 'zh-CN': '本县乡镇', 'en-US': 'Townships of the county' },
    CHANGSHA: { 'zh-CN': '长沙市', 'en-US': 'Changsha' },
    YIYANG: { 'zh-CN': '益阳市', 'en-US': 'Yiyang' },
    OTHER: { 'zh-CN': '其他异地安置', 'en-US': 'Resettled elsewhere' },
  } satisfies Record<ResidenceArea, Bilingual>,
  /** How members came onto or left the roster in a period. */
  RosterMovement: {
    ENROLLED: { 'zh-CN': '新增', 'en-US': 'Enrolled' },
    TRANSFERRED_IN: { 'zh-CN': '转入', 'en-US': 'Transferred in' },
    DIED: { 'zh-CN': '去世', 'en-US': 'Died' },
    TRANSFERRED_OUT: { 'zh-CN': '转出', 'en-US': 'Transferred out' },
  } satisfies Record<RosterMovement, Bilingual>,
  /** The six must-visits (六个必访) in the bureau's order, then the occasions owing no task. */
  VisitOccasion: {
    HOLIDAY: { 'zh-CN': '重要节日', 'en-US': 'Holiday' },
    HOSPITALIZATION: { 'zh-CN': '生病住院', 'en-US': 'Hospital stay' },
    DECADE_BIRTHDAY: { 'zh-CN': '整十生日', 'en-US': 'Decade birthday' },
    BEREAVEMENT: { 'zh-CN': '因病逝世', 'en-US': 'Bereavement' },
    DISPUTE: { 'zh-CN': '矛盾纠纷', 'en-US': 'Dispute' },
    DISASTER: { 'zh-CN': '天灾人祸', 'en-US': 'Disaster or accident' },
    ROUTINE: { 'zh-CN': '日常走访', 'en-US': 'Routine visit' },
    ONE_ON_ONE: { 'zh-CN': '谈心谈话', 'en-US': 'Heart-to-heart talk' },
  } satisfies Record<VisitOccasion, Bilingual>,
  VisitTaskStatus: {
    OPEN: { 'zh-CN': '待访', 'en-US': 'To visit' },
    DONE: { 'zh-CN': '已访', 'en-US': 'Visited' },
    MISSED: { 'zh-CN': '未访', 'en-US': 'Missed' },
    WAIVED: { 'zh-CN': '免访', 'en-US': 'Waived' },
    NOT_APPLICABLE: { 'zh-CN': '不适用', 'en-US': 'Not applicable' },
  } satisfies Record<VisitTaskStatus, Bilingual>,
  /** Running costs first, one-off items last. */
  BudgetCategory: {
    CENTRE_OPERATIONS: { 'zh-CN': '活动中心运行', 'en-US': 'Centre running costs' },
    ASSISTANCE: { 'zh-CN': '帮扶慰问', 'en-US': 'Assistance' },
    BRANCH_BUILDING: { 'zh-CN': '支部创建', 'en-US': 'Branch building' },
    FACILITIES: { 'zh-CN': '设施建设', 'en-US': 'Facilities' },
    ACTIVITIES: { 'zh-CN': '文体活动', 'en-US': 'Activities' },
    OTHER: { 'zh-CN': '其他', 'en-US': 'Other' },
  } satisfies Record<BudgetCategory, Bilingual>,
  DisbursementStatus: {
    DRAFT: { 'zh-CN': '草稿', 'en-US': 'Draft' },
    APPROVED: { 'zh-CN': '已批准', 'en-US': 'Approved' },
    PAID: { 'zh-CN': '已支付', 'en-US': 'Paid' },
    VOID: { 'zh-CN': '已作废', 'en-US': 'Void' },
  } satisfies Record<DisbursementStatus, Bilingual>,
  PayeeKind: {
    MEMBER: { 'zh-CN': '人员', 'en-US': 'Member' },
    BRANCH: { 'zh-CN': '党组织', 'en-US': 'Branch' },
    OTHER: { 'zh-CN': '其他单位/个人', 'en-US': 'Other payee' },
  } satisfies Record<PayeeKind, Bilingual>,
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
