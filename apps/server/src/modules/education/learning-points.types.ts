import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../kernel/connection';

@ObjectType({
  description:
    'A member’s learning points of one month on the provincial platform (三湘老干部e家).',
})
export class LearningPointsMonth {
  memberKey!: number;

  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => Int, { nullable: true, description: 'The provincial rank, as imported.' })
  provinceRank!: number | null;

  @Field(() => Int, { description: 'The rank in the county that month (1 = most points).' })
  countyRank!: number;
}

@ObjectType({
  description: 'A member’s place in the county’s learning ranking of a month or year.',
})
export class LearningRank {
  memberKey!: number;

  @Field(() => Int, { description: 'Points in the month, or summed over the year.' })
  points!: number;

  @Field(() => Int, { description: 'The rank in the county (1 = most points; ties share one).' })
  countyRank!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The provincial rank as imported: of the month, or the best of the year.',
  })
  provinceRank!: number | null;

  @Field(() => Int, { description: 'Months with points imported.' })
  months!: number;
}

export const LearningRankConnection = ConnectionType(LearningRank);

@ObjectType({ description: 'A row of a points file that was not imported, and why.' })
export class UnmatchedPointsRow {
  @Field(() => Int, { description: 'The row’s number in the spreadsheet.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The row’s 姓名.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The row’s 所在支部.' })
  branch!: string | null;

  @Field({
    description:
      'NOT_FOUND, NO_BRANCH, AMBIGUOUS, BRANCH_NOT_FOUND, REQUIRED, INVALID (a control character), INVALID_MONTH, INVALID_POINTS, INVALID_RANK or DUPLICATE.',
  })
  code!: string;

  @Field()
  message!: string;
}
