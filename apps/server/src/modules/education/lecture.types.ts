import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { LectureFormat, LectureOrderState } from './education-kinds';
import { COUNTY_INPUT } from '../bureau/bureau.types';

registerEnumType(LectureFormat, {
  name: 'LectureFormat',
  description: '现场 (ON_SITE) or 视频 (VIDEO).',
});
registerEnumType(LectureOrderState, {
  name: 'LectureOrderState',
  description: 'ORDERED (点单) → SCHEDULED (派单) → HELD, or CANCELLED before it is held.',
});

@ObjectType({
  implements: Node,
  description: 'A lecture of the 红色讲堂’s catalogue (点单式) that branches may order.',
})
export class Lecture extends Node {
  key!: number;

  @Field()
  topic!: string;

  @Field({ description: 'Who gives it, as the catalogue offers it.' })
  lecturer!: string;

  @Field(() => Int, { description: 'Length in minutes.' })
  minutes!: number;

  @Field(() => LectureFormat)
  format!: LectureFormat;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field({ description: 'No longer offered: it cannot be ordered.' })
  archived!: boolean;

  @Field(() => Int)
  version!: number;
}

export const LectureConnection = ConnectionType(Lecture);

@ObjectType({
  implements: Node,
  description:
    'A branch’s order of a lecture (点单), scheduled by the bureau (派单), held as an activity and rated by its participants.',
})
export class LectureOrder extends Node {
  key!: number;
  lectureId!: number;
  branchId!: number;
  activityId!: number | null;

  @Field(() => LectureOrderState)
  state!: LectureOrderState;

  @Field(() => DateScalar, { description: 'The period the branch wishes it in: from.' })
  wishedFrom!: string;

  @Field(() => DateScalar)
  wishedTo!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is scheduled.' })
  startsAt!: Date | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Who gives it, as scheduled.' })
  lecturer!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was ordered.' })
  createdAt!: Date;
}

export const LectureOrderConnection = ConnectionType(LectureOrder);

@ObjectType({ description: 'How the participants rated a lecture held.' })
export class LectureRatingSummary {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'The average score, 1–5; null with none.' })
  average!: number | null;
}

@InputType()
export class LectureOrderFilter {
  @Field(() => [LectureOrderState], { nullable: true })
  state?: LectureOrderState[] | null;

  @Field(() => ID, { nullable: true, description: 'Ordered by this branch or one below it.' })
  branchId?: string | null;
}

@InputType()
export class LectureInput {
  @Field()
  @Matches(/\S/, { message: '请填写讲题 (a topic is required)', ...REQUIRED })
  @MaxText(200)
  topic!: string;

  @Field()
  @Matches(/\S/, { message: '请填写主讲人 (a lecturer is required)', ...REQUIRED })
  @MaxText(100)
  lecturer!: string;

  @Field(() => Int, { description: '10 to 600.' })
  minutes!: number;

  @Field(() => LectureFormat)
  format!: LectureFormat;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  description?: string | null;
}

@InputType()
export class CreateLectureInput extends LectureInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;
}

@InputType({ description: 'The whole lecture as it is to be.' })
export class UpdateLectureInput extends LectureInput {
  @Field(() => ID)
  lectureId!: string;

  @Field({ description: 'No longer offered.' })
  archived!: boolean;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class DeleteLectureInput {
  @Field(() => ID)
  lectureId!: string;
}

@InputType()
export class OrderLectureInput {
  @Field(() => ID)
  lectureId!: string;

  @Field(() => ID, { description: 'The branch that orders it.' })
  branchId!: string;

  @Field(() => DateScalar)
  wishedFrom!: string;

  @Field(() => DateScalar)
  wishedTo!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(500)
  note?: string | null;
}

@InputType()
export class ScheduleLectureOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => GraphQLDateTime)
  startsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  place?: string | null;

  @Field({ description: 'Who gives it.' })
  @Matches(/\S/, { message: '请填写主讲人 (a lecturer is required)', ...REQUIRED })
  @MaxText(100)
  lecturer!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class LectureOrderStepInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class CancelLectureOrderInput extends LectureOrderStepInput {
  @Field()
  @Matches(/\S/, { message: '请填写取消原因 (a reason is required)', ...REQUIRED })
  @MaxText(200)
  reason!: string;
}

@InputType()
export class LectureRatingInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: '1 to 5.' })
  score!: number;
}

@InputType()
export class RateLectureInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => [LectureRatingInput], {
    description: 'Participants present and their scores; each replaces the one kept.',
  })
  @ValidateNested({ each: true })
  ratings!: LectureRatingInput[];
}

export const LecturePayload = PayloadFields<{ lecture: Lecture | null }>('LecturePayload', {
  lecture: { type: () => Lecture, description: 'Null when there are userErrors.' },
});
export type LecturePayload = InstanceType<typeof LecturePayload>;

export const DeleteLecturePayload = PayloadFields<{ deletedLectureId: string | null }>(
  'DeleteLecturePayload',
  { deletedLectureId: { type: () => ID } },
);
export type DeleteLecturePayload = InstanceType<typeof DeleteLecturePayload>;

export const LectureOrderPayload = PayloadFields<{ order: LectureOrder | null }>(
  'LectureOrderPayload',
  { order: { type: () => LectureOrder, description: 'Null when there are userErrors.' } },
);
export type LectureOrderPayload = InstanceType<typeof LectureOrderPayload>;

@ObjectType()
export class LectureOrderStateCount {
  @Field(() => LectureOrderState)
  state!: LectureOrderState;

  @Field(() => Int)
  count!: number;
}
