import { registerEnumType } from 'type-graphql';

/**
 * The level that gave an award (获奖级别): one scale for the prizes won at activities
 * (associations' competitions and performances) and the awards of works (学习教育).
 */
export enum AwardLevel {
  /** 国家级 */
  NATIONAL = 'NATIONAL',
  /** 省级 */
  PROVINCIAL = 'PROVINCIAL',
  /** 市级 */
  CITY = 'CITY',
  /** 县级 */
  COUNTY = 'COUNTY',
}
registerEnumType(AwardLevel, { name: 'AwardLevel', description: '国家级, 省级, 市级, 县级.' });
