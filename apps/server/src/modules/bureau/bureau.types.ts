import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../kernel/node';
import { ConnectionType } from '../../kernel/connection';

export enum BureauLevel {
  /** 省委老干部局 */
  PROVINCE = 'PROVINCE',
  /** 市委老干部局 */
  CITY = 'CITY',
  /** 县（市、区）委老干部局 */
  COUNTY = 'COUNTY',
}
registerEnumType(BureauLevel, { name: 'BureauLevel' });

@ObjectType({
  implements: Node,
  description:
    'A retired-cadre bureau (老干部局) of the province, a city or a county. Branches and the county’s own records belong to a county bureau; a city’s or the province’s figures are their counties’ added up.',
})
export class Bureau extends Node {
  /** Database key; the API only shows the global `id`. */
  key!: number;
  parentId!: number | null;
  path!: string;

  @Field()
  name!: string;

  @Field(() => BureauLevel)
  level!: BureauLevel;

  @Field({ description: 'The six-digit administrative division code (行政区划代码, GB/T 2260).' })
  code!: string;

  @Field(() => Int, { description: 'Levels below the province (0 for the province).' })
  depth!: number;
}

export const BureauConnection = ConnectionType(Bureau);

@InputType()
export class BureauFilter {
  @Field(() => ID, { nullable: true, description: 'Direct children of this bureau.' })
  parentId?: string | null;

  @Field(() => BureauLevel, { nullable: true })
  level?: BureauLevel | null;
}

/** How a create's `bureauId` is described: the county its new county record belongs to. */
export const COUNTY_INPUT = {
  nullable: true,
  description:
    'The county bureau the record belongs to; needed only when you reach more than one county (a province or city account).',
} as const;
