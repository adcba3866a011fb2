/** A seat of a branch committee (支部委员会). */
export enum CommitteePosition {
  /** 书记 */
  SECRETARY = 'SECRETARY',
  /** 副书记 */
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  /** 组织委员 */
  ORGANISATION = 'ORGANISATION',
  /** 宣传委员 */
  PROPAGANDA = 'PROPAGANDA',
  /** 纪检委员 */
  DISCIPLINE = 'DISCIPLINE',
}

/** Where a committee term stands today. */
export enum CommitteeTermStatus {
  /** In office, ending more than three months from today. */
  IN_OFFICE = 'IN_OFFICE',
  /** In office, ending within three months: the election (换届) is due. */
  DUE = 'DUE',
  /** Ended with no new election. */
  OVERDUE = 'OVERDUE',
  /** A later election replaced it. */
  SUPERSEDED = 'SUPERSEDED',
}

/** How far ahead a term's end makes its election due. */
export const ELECTION_DUE_MONTHS = 3;

/** The term of a committee unless the election says otherwise. */
export const DEFAULT_TERM_YEARS = 3;

/** A branch's yearly rating from its 述职评议. */
export enum AssessmentRating {
  /** 好 */
  GOOD = 'GOOD',
  /** 较好 */
  FAIRLY_GOOD = 'FAIRLY_GOOD',
  /** 一般 */
  AVERAGE = 'AVERAGE',
  /** 差 */
  POOR = 'POOR',
}

export enum RepresentativeKind {
  /** 党代表: delegate to a party congress. */
  PARTY_CONGRESS = 'PARTY_CONGRESS',
  /** 人大代表: deputy to a people's congress. */
  PEOPLES_CONGRESS = 'PEOPLES_CONGRESS',
  /** 政协委员: member of a political consultative conference. */
  CPPCC = 'CPPCC',
}

export enum RepresentativeLevel {
  /** 国家 */
  NATIONAL = 'NATIONAL',
  /** 省 */
  PROVINCIAL = 'PROVINCIAL',
  /** 市 */
  CITY = 'CITY',
  /** 县 */
  COUNTY = 'COUNTY',
  /** 乡 */
  TOWNSHIP = 'TOWNSHIP',
}
