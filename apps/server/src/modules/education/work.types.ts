import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { PayloadFields } from '../../kernel/payload';
import { AwardLevel } from '../activity/award-level';
import { AwardGrade, WorkKind } from './education-kinds';

registerEnumType(WorkKind, {
  name: 'WorkKind',
  description:
    '征文 (ESSAY), VIDEO, 调研报告 (RESEARCH_REPORT), 红色故事 (RED_STORY), 志书编纂 (CHRONICLE).',
});
registerEnumType(AwardGrade, {
  name: 'AwardGrade',
  description: '特等奖, 一等奖, 二等奖, 三等奖, 优秀奖.',
});

@ObjectType({ description: 'The award a work won.' })
export class WorkAward {
  @Field(() => AwardLevel)
  level!: AwardLevel;

  @Field(() => AwardGrade)
  grade!: AwardGrade;
}

@ObjectType({
  implements: Node,
  description:
    'A work (作品) by members of the roster: an essay, a video, a research report, a red story or a chronicle, with its award.',
})
export class Work extends Node {
  key!: number;
  awardLevel!: AwardLevel | null;
  awardGrade!: AwardGrade | null;

  @Field(() => WorkKind)
  kind!: WorkKind;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'The year it was written, made or awarded.' })
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A research report’s topic area (交通, 水利, 林业, 茶旅, 农村饮水…).',
  })
  topicArea!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was submitted (报送单位).' })
  submittedTo!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A research report: whether it was adopted (采纳); null when not known.',
  })
  adopted!: boolean | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

export const WorkConnection = ConnectionType(Work);

@InputType()
export class WorkFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => [WorkKind], { nullable: true })
  kind?: WorkKind[] | null;

  @Field(() => [AwardLevel], { nullable: true, description: 'Awarded at one of these levels.' })
  awardLevel?: AwardLevel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: awarded; false: not awarded.' })
  awarded?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'By this member among the authors.' })
  authorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the title.' })
  search?: string | null;
}

@InputType()
export class WorkAwardInput {
  @Field(() => AwardLevel)
  level!: AwardLevel;

  @Field(() => AwardGrade)
  grade!: AwardGrade;
}

@InputType()
export class CreateWorkInput {
  @Field(() => WorkKind)
  kind!: WorkKind;

  @Field()
  @Matches(/\S/, { message: '请填写标题 (a title is required)', ...REQUIRED })
  @MaxText(200)
  title!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [ID], { description: 'The authors from the roster, in order (1 to 20).' })
  authorIds!: string[];

  @Field(() => String, { nullable: true, description: 'Research reports only.' })
  @IsOptional()
  @MaxText(40)
  topicArea?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  submittedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Research reports only.' })
  adopted?: boolean | null;

  @Field(() => WorkAwardInput, { nullable: true, description: 'None when it won no award.' })
  award?: WorkAwardInput | null;
}

@InputType({ description: 'The whole work as it is to be: every field replaces the one kept.' })
export class UpdateWorkInput extends CreateWorkInput {
  @Field(() => ID)
  workId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class DeleteWorkInput {
  @Field(() => ID)
  workId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const WorkPayload = PayloadFields<{ work: Work | null }>('WorkPayload', {
  work: { type: () => Work, description: 'Null when there are userErrors.' },
});
export type WorkPayload = InstanceType<typeof WorkPayload>;

export const DeleteWorkPayload = PayloadFields<{ deletedWorkId: string | null }>(
  'DeleteWorkPayload',
  { deletedWorkId: { type: () => ID } },
);
export type DeleteWorkPayload = InstanceType<typeof DeleteWorkPayload>;

@ObjectType()
export class WorkKindCount {
  @Field(() => WorkKind)
  kind!: WorkKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A year’s works (作品与获奖), from the records in reach.' })
export class WorkStats {
  @Field(() => [WorkKindCount], { description: 'Every kind, in order.' })
  byKind!: WorkKindCount[];

  @Field(() => Int, { description: 'Works awarded, at any level.' })
  awarded!: number;

  @Field(() => Int, { description: 'Essays (征文) awarded at the provincial or city level.' })
  essaysAwardedProvincialOrCity!: number;

  @Field(() => Int, { description: 'Research reports (调研报告).' })
  researchReports!: number;

  @Field(() => Int, { description: 'Of them, adopted.' })
  researchReportsAdopted!: number;
}
