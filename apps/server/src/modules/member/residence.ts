/** The townships (乡镇) of Anhua County; a member living in the county lives in one of them. */
export const COUNTY_TOWNSHIPS = [
  '东坪镇',
  '梅城镇',
  '仙溪镇',
  '大福镇',
  '清塘铺镇',
  '江南镇',
  '羊角塘镇',
  '乐安镇',
  '烟溪镇',
  '渠江镇',
  '平口镇',
  '柘溪镇',
  '奎溪镇',
  '小淹镇',
  '滔溪镇',
  '冷市镇',
  '龙塘镇',
  '长塘镇',
  '马路镇',
  '南金乡',
  '田庄乡',
  '高明乡',
  '古楼乡',
] as const;

export enum ResidenceKind {
  /** A township of the county. */
  TOWNSHIP = 'TOWNSHIP',
  /** A city elsewhere, such as 长沙市 or 益阳市. */
  ELSEWHERE = 'ELSEWHERE',
}

/** Where a member lives, as the yearly report groups it: in the county or resettled (异地安置). */
export enum ResidenceArea {
  /** A township of the county (本县乡镇). */
  COUNTY = 'COUNTY',
  /** 长沙市 */
  CHANGSHA = 'CHANGSHA',
  /** 益阳市 */
  YIYANG = 'YIYANG',
  /** Any other place outside the county (其他异地安置). */
  OTHER = 'OTHER',
}

/** The cities a member's residence place names for the areas that are one city. */
export const AREA_CITIES: Partial<Record<ResidenceArea, string>> = {
  [ResidenceArea.CHANGSHA]: '长沙市',
  [ResidenceArea.YIYANG]: '益阳市',
};
