import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { COUNTY_INPUT } from '../bureau/bureau.types';

/** What a member serves as in the community (社会任职). */
export enum MemberRoleKind {
  /** 小区党支部书记 */
  COMMUNITY_BRANCH_SECRETARY = 'COMMUNITY_BRANCH_SECRETARY',
  /** 小区党支部委员 */
  COMMUNITY_BRANCH_COMMITTEE = 'COMMUNITY_BRANCH_COMMITTEE',
  /** 五老工作室成员 */
  ELDERS_STUDIO = 'ELDERS_STUDIO',
  /** 关工委任职 (主任, 委员 …: the title) */
  NEXT_GENERATION_COMMITTEE = 'NEXT_GENERATION_COMMITTEE',
  /** 家长学校教师 */
  PARENT_SCHOOL_TEACHER = 'PARENT_SCHOOL_TEACHER',
  /** 宣讲员 */
  LECTURER = 'LECTURER',
}
registerEnumType(MemberRoleKind, {
  name: 'MemberRoleKind',
  description: 'A community or advisory role (社会任职).',
});

@ObjectType({
  implements: Node,
  description: 'A 五老工作室: an organisation members serve in, with the cases it handled.',
})
export class EldersStudio extends Node {
  key!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  township!: string | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn!: string | null;

  @Field(() => Int)
  version!: number;
}

export const EldersStudioConnection = ConnectionType(EldersStudio);

@ObjectType({
  implements: Node,
  description: 'A role a member holds in the community, with the organisation and the time held.',
})
export class MemberRole extends Node {
  key!: number;
  memberId!: number;
  studioId!: number | null;

  @Field(() => MemberRoleKind)
  kind!: MemberRoleKind;

  @Field(() => String, {
    nullable: true,
    description: 'The organisation (小区党支部, 关工委, 家长学校 …); null for a studio’s.',
  })
  organisation!: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. 主任, 副主任, 委员.' })
  title!: string | null;

  @Field(() => DateScalar)
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null while held.' })
  endedOn!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A year’s community roles of members in reach, and the studios.' })
export class RoleStats {
  @Field(() => Int, { description: 'Members serving as community branch secretaries.' })
  communityBranchSecretaries!: number;

  @Field(() => Int, { description: 'Members serving on community branch committees.' })
  communityBranchCommittee!: number;

  @Field(() => Int, { description: 'Members of 五老工作室.' })
  studioMembers!: number;

  @Field(() => Int, { description: 'Members holding a role of the 关工委.' })
  nextGenerationCommittee!: number;

  @Field(() => Int, { description: 'Teachers of 家长学校.' })
  parentSchoolTeachers!: number;

  @Field(() => Int)
  lecturers!: number;

  @Field(() => Int, { description: 'Studios founded by the day the figures are as of.' })
  studios!: number;

  @Field(() => Int, { description: 'Cases the studios handled in the year.' })
  studioCases!: number;
}

const TextRequired = (what: string) =>
  Matches(/\S/, { message: `请填写${what} (required)`, ...REQUIRED });

@InputType()
export class AddMemberRoleInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => MemberRoleKind)
  kind!: MemberRoleKind;

  @Field(() => String, { nullable: true, description: 'Required but for ELDERS_STUDIO.' })
  @IsOptional()
  @MaxText(100)
  organisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'The studio, for ELDERS_STUDIO.' })
  studioId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  title?: string | null;

  @Field(() => DateScalar)
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endedOn?: string | null;
}

@InputType()
export class EndMemberRoleInput {
  @Field(() => ID)
  roleId!: string;

  @Field(() => DateScalar)
  endedOn!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class CreateEldersStudioInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field()
  @TextRequired('名称')
  @MaxText(100)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  township?: string | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;
}

@InputType()
export class RecordStudioCasesInput {
  @Field(() => ID)
  studioId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Cases handled in the year (replaces the count kept).' })
  cases!: number;
}

export const MemberRolePayload = PayloadFields<{ role: MemberRole | null }>('MemberRolePayload', {
  role: { type: () => MemberRole, description: 'Null when there are userErrors.' },
});
export type MemberRolePayload = InstanceType<typeof MemberRolePayload>;

export const EldersStudioPayload = PayloadFields<{ studio: EldersStudio | null }>(
  'EldersStudioPayload',
  { studio: { type: () => EldersStudio, description: 'Null when there are userErrors.' } },
);
export type EldersStudioPayload = InstanceType<typeof EldersStudioPayload>;
