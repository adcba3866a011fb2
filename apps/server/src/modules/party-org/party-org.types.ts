import { Authorized, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar, MoneyScalar } from '../../kernel/scalars';
import { Permission } from '../../kernel/access/permissions';
import { PayloadFields } from '../../kernel/payload';
import { UserError } from '../../kernel/user-error';
import { Medal } from '../member/member.types';
import {
  AssessmentRating,
  CommitteePosition,
  CommitteeTermStatus,
  RepresentativeKind,
  RepresentativeLevel,
} from './party-org-kinds';

registerEnumType(CommitteePosition, {
  name: 'CommitteePosition',
  description: 'A seat of a branch committee: 书记, 副书记, 组织委员, 宣传委员, 纪检委员.',
});
registerEnumType(CommitteeTermStatus, { name: 'CommitteeTermStatus' });
registerEnumType(AssessmentRating, {
  name: 'AssessmentRating',
  description: 'A branch’s yearly rating: 好, 较好, 一般, 差.',
});
registerEnumType(RepresentativeKind, {
  name: 'RepresentativeKind',
  description: '党代表, 人大代表 or 政协委员.',
});
registerEnumType(RepresentativeLevel, {
  name: 'RepresentativeLevel',
  description: '国家, 省, 市, 县 or 乡.',
});

@ObjectType({
  description: 'A seat of an elected committee: a member of the roster or a named person.',
})
export class CommitteeSeat {
  termId!: number;
  memberId!: number | null;

  @Field(() => CommitteePosition)
  position!: CommitteePosition;

  @Field({ description: 'The member’s name, or the person named.' })
  name!: string;
}

@ObjectType({
  implements: Node,
  description:
    'An election (换届) of a branch’s committee: the committee elected and its term, ending on electedOn + termYears. Later elections keep the earlier ones as history.',
})
export class CommitteeTerm extends Node {
  key!: number;
  branchId!: number;

  @Field(() => DateScalar)
  electedOn!: string;

  @Field(() => Int)
  termYears!: number;

  @Field(() => DateScalar, { description: 'The day the term is up: electedOn + termYears.' })
  endsOn!: string;

  @Field(() => String, { nullable: true })
  remarks!: string | null;

  @Field(() => CommitteeTermStatus, { description: 'Where the term stands today.' })
  status!: CommitteeTermStatus;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

export const CommitteeTermConnection = ConnectionType(CommitteeTerm);

@InputType()
export class CommitteeTermFilter {
  @Field(() => ID, { nullable: true, description: 'Branches of this subtree.' })
  branchId?: string | null;

  @Field(() => [CommitteeTermStatus], {
    nullable: true,
    description: 'DUE: ending within three months; OVERDUE: ended with no new election.',
  })
  status?: CommitteeTermStatus[] | null;
}

@InputType()
export class CommitteeSeatInput {
  @Field(() => CommitteePosition)
  position!: CommitteePosition;

  @Field(() => ID, { nullable: true, description: 'A member of the roster; or give `name`.' })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'A person not on the roster.' })
  @IsOptional()
  @MaxText(50)
  name?: string | null;
}

@InputType()
export class RecordElectionInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => DateScalar)
  electedOn!: string;

  @Field(() => Int, {
    defaultValue: 3,
    description: 'Years of the term (3 unless decided otherwise).',
  })
  termYears!: number;

  @Field(() => [CommitteeSeatInput], { description: 'The committee elected, one 书记 among them.' })
  @ValidateNested({ each: true })
  seats!: CommitteeSeatInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(500)
  remarks?: string | null;
}

export const RecordElectionPayload = PayloadFields<{ committeeTerm: CommitteeTerm | null }>(
  'RecordElectionPayload',
  { committeeTerm: { type: () => CommitteeTerm, description: 'Null when there are userErrors.' } },
);
export type RecordElectionPayload = InstanceType<typeof RecordElectionPayload>;

@ObjectType({
  implements: Node,
  description: 'A branch’s rating of a year from its 述职评议: one per branch and year.',
})
export class BranchAssessment extends Node {
  key!: number;
  branchId!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => AssessmentRating)
  rating!: AssessmentRating;

  @Field(() => DateScalar, { nullable: true, description: 'The day of the 述职评议.' })
  reviewedOn!: string | null;

  @Field(() => String, { nullable: true })
  remarks!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  description:
    'A branch in a year: its assessment (null while none is recorded) beside its demonstration title.',
})
export class BranchYearAssessment {
  branchId!: number;
  assessmentKey!: number | null;

  @Field(() => Int)
  year!: number;

  @Authorized(Permission.FUNDING_READ)
  @Field(() => MoneyScalar, {
    description:
      'Branch-building money (创建经费) paid to the branch in the year: paid payments to it from BRANCH_BUILDING lines. Payments name no demonstration title, so this is all such money, not that of one title.',
  })
  branchBuildingPaidFen!: number;
}

export const BranchYearAssessmentConnection = ConnectionType(BranchYearAssessment);

@InputType()
export class BranchAssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'Branches of this subtree.' })
  branchId?: string | null;

  @Field(() => [AssessmentRating], { nullable: true })
  rating?: AssessmentRating[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: assessed; false: not yet.' })
  assessed?: boolean | null;
}

@InputType()
export class RecordBranchAssessmentInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => AssessmentRating)
  rating!: AssessmentRating;

  @Field(() => DateScalar, { nullable: true, description: 'The day of the 述职评议.' })
  reviewedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(500)
  remarks?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the year’s assessment, if any.',
  })
  expectedVersion?: number | null;
}

export const BranchAssessmentPayload = PayloadFields<{
  branchAssessment: BranchAssessment | null;
}>('BranchAssessmentPayload', {
  branchAssessment: {
    type: () => BranchAssessment,
    description: 'Null when there are userErrors.',
  },
});
export type BranchAssessmentPayload = InstanceType<typeof BranchAssessmentPayload>;

@ObjectType({
  implements: Node,
  description: 'A member serving as 党代表, 人大代表 or 政协委员 at a level, for a term.',
})
export class RepresentativeRole extends Node {
  key!: number;
  memberId!: number;

  @Field(() => RepresentativeKind)
  kind!: RepresentativeKind;

  @Field(() => RepresentativeLevel)
  level!: RepresentativeLevel;

  @Field(() => DateScalar)
  termFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Null while serving without an end set.',
  })
  termTo!: string | null;
}

export const RepresentativeRoleConnection = ConnectionType(RepresentativeRole);

@InputType()
export class RepresentativeFilter {
  @Field(() => [RepresentativeKind], { nullable: true })
  kind?: RepresentativeKind[] | null;

  @Field(() => [RepresentativeLevel], { nullable: true })
  level?: RepresentativeLevel[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Serving on this day.' })
  servingOn?: string | null;
}

@InputType()
export class AddRepresentativeRoleInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => RepresentativeKind)
  kind!: RepresentativeKind;

  @Field(() => RepresentativeLevel)
  level!: RepresentativeLevel;

  @Field(() => DateScalar)
  termFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  termTo?: string | null;
}

@InputType()
export class DeleteRepresentativeRoleInput {
  @Field(() => ID)
  representativeRoleId!: string;
}

export const RepresentativeRolePayload = PayloadFields<{
  representativeRole: RepresentativeRole | null;
}>('RepresentativeRolePayload', {
  representativeRole: {
    type: () => RepresentativeRole,
    description: 'Null when there are userErrors; the role deleted for a deletion.',
  },
});
export type RepresentativeRolePayload = InstanceType<typeof RepresentativeRolePayload>;

@ObjectType({ implements: Node, description: 'A commemorative medal (纪念章) issued to a member.' })
export class MedalAward extends Node {
  key!: number;
  memberId!: number;

  @Field(() => Medal)
  medal!: Medal;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'The ceremony it was handed over at.' })
  ceremony!: string | null;

  @Field({ description: 'Who issued it.' })
  issuedBy!: string;
}

export const MedalAwardConnection = ConnectionType(MedalAward);

@InputType()
export class MedalAwardFilter {
  @Field(() => Medal, { nullable: true })
  medal?: Medal | null;

  @Field(() => Int, { nullable: true, description: 'Issued in this year.' })
  year?: number | null;
}

@InputType()
export class IssueMedalsInput {
  @Field(() => Medal)
  medal!: Medal;

  @Field(() => [ID], { description: 'Eligible current members in reach, not yet issued it.' })
  memberIds!: string[];

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  ceremony?: string | null;

  @Field()
  @Matches(/\S/, { message: '请填写颁发单位 (who issues it is required)', ...REQUIRED })
  @MaxText(100)
  issuedBy!: string;
}

@InputType()
export class DeleteMedalAwardInput {
  @Field(() => ID)
  medalAwardId!: string;
}

@ObjectType()
export class IssueMedalsPayload {
  @Field(() => [MedalAward], { nullable: true, description: 'Null when there are userErrors.' })
  medalAwards!: MedalAward[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const DeleteMedalAwardPayload = PayloadFields<{ deletedMedalAwardId: string | null }>(
  'DeleteMedalAwardPayload',
  { deletedMedalAwardId: { type: () => ID } },
);
export type DeleteMedalAwardPayload = InstanceType<typeof DeleteMedalAwardPayload>;

@ObjectType()
export class RatingCount {
  @Field(() => AssessmentRating)
  rating!: AssessmentRating;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class RepresentativeCount {
  @Field(() => RepresentativeKind)
  kind!: RepresentativeKind;

  @Field(() => RepresentativeLevel, { nullable: true, description: 'Null: every level.' })
  level!: RepresentativeLevel | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MedalCount {
  @Field(() => Medal)
  medal!: Medal;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'A year’s organisation building and honours (组织建设), from the records in reach: elections, assessments, representatives and medals.',
})
export class PartyOrganisationStats {
  @Field(() => Int, { description: 'Committee elections (换届) held in the year.' })
  electionsHeld!: number;

  @Field(() => Int, {
    description: 'Branches whose committee’s term, in office at the start of the year, ends in it.',
  })
  electionsDue!: number;

  @Field(() => Int, {
    description:
      'Branches whose committee’s term had ended with no new election (year’s end, or today).',
  })
  electionsOverdue!: number;

  @Field(() => [RatingCount], { description: 'The year’s branch assessments by rating, in order.' })
  assessments!: RatingCount[];

  @Field(() => [RepresentativeCount], {
    description:
      'Members serving in the year as representatives: each kind over every level (level null), then by kind and level where any serve.',
  })
  representatives!: RepresentativeCount[];

  @Field(() => [MedalCount], { description: 'Medals issued in the year, each medal.' })
  medalsIssued!: MedalCount[];
}
