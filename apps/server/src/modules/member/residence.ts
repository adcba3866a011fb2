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
