import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { AwardLevel } from '../activity/award-level';
import { COUNTY_INPUT } from '../bureau/bureau.types';

/** A member's role in an association. */
export enum AssociationRole {
  /** 会长 / 团长 */
  PRESIDENT = 'PRESIDENT',
  /** 副会长 */
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  /** 秘书长 */
  SECRETARY_GENERAL = 'SECRETARY_GENERAL',
  /** 会员 */
  MEMBER = 'MEMBER',
}
registerEnumType(AssociationRole, {
  name: 'AssociationRole',
  description: 'A role in an association; the first three are its leaders.',
});

@ObjectType({
  implements: Node,
  description: 'An association of retirees (老年社会团体): a choir, a poetry society, a club …',
})
export class Association extends Node {
  key!: number;

  @Field()
  name!: string;

  @Field(() => DateScalar, { nullable: true })
  foundedOn!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int)
  version!: number;
}

export const AssociationConnection = ConnectionType(Association);

@ObjectType({
  implements: Node,
  description: 'A member of the roster in an association, with the role and the time.',
})
export class AssociationMembership extends Node {
  key!: number;
  associationId!: number;
  memberId!: number;

  @Field(() => AssociationRole)
  role!: AssociationRole;

  @Field(() => DateScalar)
  joinedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null while a member.' })
  leftOn!: string | null;
}

@ObjectType({ description: 'An award won at an activity.' })
export class ActivityAward {
  activityId!: number;

  @Field()
  award!: string;

  @Field(() => AwardLevel)
  level!: AwardLevel;

  @Field(() => String, { nullable: true, description: 'Who won it (a person or a group).' })
  recipient!: string | null;
}

@ObjectType({ description: 'What an association did in a year.' })
export class AssociationYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  activities!: number;

  @Field(() => Int)
  awards!: number;
}

@ObjectType({ description: 'A year’s associations (老年社会团体) from the records in reach.' })
export class AssociationStats {
  @Field(() => Int, { description: 'Associations founded by the day the figures are as of.' })
  associations!: number;

  @Field(() => Int, { description: 'Members of the roster in one at some time in the year.' })
  members!: number;

  @Field(() => Int, { description: 'Activities the associations organised.' })
  activities!: number;

  @Field(() => Int, { description: 'Of them, performances.' })
  performances!: number;

  @Field(() => Int, { description: 'Of them, exhibitions.' })
  exhibitions!: number;

  @Field(() => Int, { description: 'Of them, competitions.' })
  competitions!: number;

  @Field(() => Int, { description: 'Awards won at them.' })
  awards!: number;
}

@InputType()
export class CreateAssociationInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field()
  @Matches(/\S/, { message: '请填写名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name!: string;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  description?: string | null;
}

@InputType()
export class JoinAssociationInput {
  @Field(() => ID)
  associationId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => AssociationRole, { defaultValue: AssociationRole.MEMBER })
  role!: AssociationRole;

  @Field(() => DateScalar)
  joinedOn!: string;
}

@InputType()
export class LeaveAssociationInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => DateScalar)
  leftOn!: string;
}

@InputType()
export class ActivityAwardInput {
  @Field()
  @Matches(/\S/, { message: '请填写奖项 (the award is required)', ...REQUIRED })
  @MaxText(100)
  award!: string;

  @Field(() => AwardLevel)
  level!: AwardLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(100)
  recipient?: string | null;
}

@InputType()
export class RecordAwardsInput {
  @Field(() => ID, { description: 'An activity an association organised.' })
  activityId!: string;

  @Field(() => [ActivityAwardInput], { description: 'The whole list: it replaces the one kept.' })
  @ValidateNested({ each: true })
  awards!: ActivityAwardInput[];

  @Field(() => Int, { nullable: true, description: 'The activity’s version.' })
  expectedVersion?: number | null;
}

export const AssociationPayload = PayloadFields<{ association: Association | null }>(
  'AssociationPayload',
  { association: { type: () => Association, description: 'Null when there are userErrors.' } },
);
export type AssociationPayload = InstanceType<typeof AssociationPayload>;

export const AssociationMembershipPayload = PayloadFields<{
  membership: AssociationMembership | null;
}>('AssociationMembershipPayload', {
  membership: {
    type: () => AssociationMembership,
    description: 'Null when there are userErrors.',
  },
});
export type AssociationMembershipPayload = InstanceType<typeof AssociationMembershipPayload>;
