/**
 * What an activity is (活动类别). The first seven are a branch's 三会一课 and 组织生活, whose
 * frequency the party-life settings require; PARTY_EDUCATION is a party-education session
 * (党性教育, e.g. the bureau's 红色讲堂); OTHER is anything else. Other areas add their kinds
 * here and, with an INSERT in their migration, to the activity_kind table, so that there is one
 * activity record.
 */
export enum ActivityKind {
  /** 支部党员大会 */
  BRANCH_MEMBERS_MEETING = 'BRANCH_MEMBERS_MEETING',
  /** 支部委员会 */
  BRANCH_COMMITTEE_MEETING = 'BRANCH_COMMITTEE_MEETING',
  /** 党小组会 */
  PARTY_GROUP_MEETING = 'PARTY_GROUP_MEETING',
  /** 党课 */
  PARTY_LECTURE = 'PARTY_LECTURE',
  /** 组织生活会 */
  ORGANISATIONAL_LIFE_MEETING = 'ORGANISATIONAL_LIFE_MEETING',
  /** 民主评议党员 */
  DEMOCRATIC_APPRAISAL = 'DEMOCRATIC_APPRAISAL',
  /** 主题党日 */
  THEMED_PARTY_DAY = 'THEMED_PARTY_DAY',
  /** 党性教育活动 */
  PARTY_EDUCATION = 'PARTY_EDUCATION',
  OTHER = 'OTHER',
  /** 荣誉退休: the ceremony for cadres retiring with honour; participants are those honoured. */
  HONORARY_RETIREMENT = 'HONORARY_RETIREMENT',
  /** 政治生日: members celebrating the anniversary of joining the party. */
  POLITICAL_BIRTHDAY = 'POLITICAL_BIRTHDAY',
  /** 政治活动: invitations to 两会, 七一 or 国庆 events; participants are those invited. */
  POLITICAL_EVENT = 'POLITICAL_EVENT',
  /** 座谈会 */
  SYMPOSIUM = 'SYMPOSIUM',
  /** 视察: inspections of projects by invited cadres. */
  INSPECTION = 'INSPECTION',
  /** 专题讲座 (health, fraud prevention, illegal fundraising and the like) */
  TOPIC_LECTURE = 'TOPIC_LECTURE',
  /** 志愿服务活动 */
  VOLUNTEER_SERVICE = 'VOLUNTEER_SERVICE',
  /** 科技讲座 */
  SCIENCE_LECTURE = 'SCIENCE_LECTURE',
  /** 文艺演出 */
  PERFORMANCE = 'PERFORMANCE',
  /** 展览 (书画、摄影) */
  EXHIBITION = 'EXHIBITION',
  /** 比赛 (门球、钓鱼、太极拳 …) */
  COMPETITION = 'COMPETITION',
}

/** The kinds of 三会一课 and 组织生活: a branch's, with a required frequency. */
export const PARTY_LIFE_KINDS: readonly ActivityKind[] = [
  ActivityKind.BRANCH_MEMBERS_MEETING,
  ActivityKind.BRANCH_COMMITTEE_MEETING,
  ActivityKind.PARTY_GROUP_MEETING,
  ActivityKind.PARTY_LECTURE,
  ActivityKind.ORGANISATIONAL_LIFE_MEETING,
  ActivityKind.DEMOCRATIC_APPRAISAL,
  ActivityKind.THEMED_PARTY_DAY,
];

/** Who organises an activity: a kind and, for all but the bureau, the organiser's record. */
export enum OrganiserKind {
  /** 老干部局 itself: county-wide. */
  BUREAU = 'BUREAU',
  BRANCH = 'BRANCH',
  /** A volunteer team (志愿服务队). */
  TEAM = 'TEAM',
  /** An association (老年社会团体). */
  ASSOCIATION = 'ASSOCIATION',
}

export enum Attendance {
  PRESENT = 'PRESENT',
  /** Absent, with the reason. */
  ABSENT = 'ABSENT',
  /** 请假: excused beforehand. */
  EXCUSED = 'EXCUSED',
}

/** How often a kind must be held. */
export enum MeetingFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
  /** Not required. */
  NONE = 'NONE',
}

/** Months in one period of a frequency (null: not required). */
export const PERIOD_MONTHS: Record<MeetingFrequency, number | null> = {
  [MeetingFrequency.MONTHLY]: 1,
  [MeetingFrequency.QUARTERLY]: 3,
  [MeetingFrequency.HALF_YEARLY]: 6,
  [MeetingFrequency.YEARLY]: 12,
  [MeetingFrequency.NONE]: null,
};

/**
 * The county's defaults: 党员大会 and 党课 quarterly, 支委会 and 党小组会 monthly, 组织生活会 and
 * 民主评议 yearly; 主题党日 not required.
 */
export const DEFAULT_FREQUENCIES: Record<string, MeetingFrequency> = {
  [ActivityKind.BRANCH_MEMBERS_MEETING]: MeetingFrequency.QUARTERLY,
  [ActivityKind.BRANCH_COMMITTEE_MEETING]: MeetingFrequency.MONTHLY,
  [ActivityKind.PARTY_GROUP_MEETING]: MeetingFrequency.MONTHLY,
  [ActivityKind.PARTY_LECTURE]: MeetingFrequency.QUARTERLY,
  [ActivityKind.ORGANISATIONAL_LIFE_MEETING]: MeetingFrequency.YEARLY,
  [ActivityKind.DEMOCRATIC_APPRAISAL]: MeetingFrequency.YEARLY,
  [ActivityKind.THEMED_PARTY_DAY]: MeetingFrequency.NONE,
};
