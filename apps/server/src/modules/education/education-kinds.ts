/** What a work is (作品类别). */
export enum WorkKind {
  /** 征文 */
  ESSAY = 'ESSAY',
  /** 视频作品 */
  VIDEO = 'VIDEO',
  /** 调研报告: with a topic area, where it went and whether it was adopted. */
  RESEARCH_REPORT = 'RESEARCH_REPORT',
  /** 红色故事 */
  RED_STORY = 'RED_STORY',
  /** 志书编纂 */
  CHRONICLE = 'CHRONICLE',
}

/** The grade of an award (奖项等次). */
export enum AwardGrade {
  /** 特等奖 */
  SPECIAL = 'SPECIAL',
  /** 一等奖 */
  FIRST = 'FIRST',
  /** 二等奖 */
  SECOND = 'SECOND',
  /** 三等奖 */
  THIRD = 'THIRD',
  /** 优秀奖 */
  EXCELLENCE = 'EXCELLENCE',
}

/** The provincial ranks the county's figures count as the province's top (全省前八名). */
export const PROVINCE_TOP_RANK = 8;

/** How a lecture of the catalogue is given (讲授形式). */
export enum LectureFormat {
  /** 现场 */
  ON_SITE = 'ON_SITE',
  /** 视频 */
  VIDEO = 'VIDEO',
}

/**
 * Where a branch's order of a lecture stands: ORDERED (点单) → SCHEDULED (派单) → HELD, or
 * CANCELLED before it is held.
 */
export enum LectureOrderState {
  ORDERED = 'ORDERED',
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
