/** The level a volunteer team works at (县、乡、村三级志愿服务体系). */
export enum TeamLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

/** What a volunteer service is about (服务类别). */
export enum ServiceCategory {
  /** 政策宣讲 */
  POLICY_OUTREACH = 'POLICY_OUTREACH',
  /** 乡村振兴 */
  RURAL_REVITALISATION = 'RURAL_REVITALISATION',
  /** 基层治理 */
  GRASSROOTS_GOVERNANCE = 'GRASSROOTS_GOVERNANCE',
  /** 创文巩卫 */
  CIVILISED_CITY = 'CIVILISED_CITY',
  /** 普法 */
  LEGAL_EDUCATION = 'LEGAL_EDUCATION',
  /** 环保 */
  ENVIRONMENT = 'ENVIRONMENT',
  /** 交通安全 */
  TRAFFIC_SAFETY = 'TRAFFIC_SAFETY',
  /** 扶贫帮困 */
  POVERTY_RELIEF = 'POVERTY_RELIEF',
  /** 科技 */
  SCIENCE = 'SCIENCE',
  /** 文化 */
  CULTURE = 'CULTURE',
  /** 卫生 */
  HEALTH = 'HEALTH',
  /** 禁毒 */
  ANTI_DRUG = 'ANTI_DRUG',
  /** 关心下一代 */
  NEXT_GENERATION = 'NEXT_GENERATION',
  /** 其他 */
  OTHER = 'OTHER',
}
