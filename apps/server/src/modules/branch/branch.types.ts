import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { ConnectionType, OrderDirection } from '../../kernel/connection';
import { composeRules, MaxText, REQUIRED, TOO_LONG } from '../../kernel/validate-input';

export enum BranchKind {
  /** 党总支 */
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  /** 党支部 */
  BRANCH = 'BRANCH',
}
registerEnumType(BranchKind, { name: 'BranchKind' });

export enum DemonstrationLevel {
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}
registerEnumType(DemonstrationLevel, { name: 'DemonstrationLevel' });

@ObjectType({
  implements: Node,
  description: 'A party branch (党支部) or general branch (党总支).',
})
export class Branch extends Node {
  /** Database key; the API only shows the global `id`. */
  key!: number;
  parentId!: number | null;
  bureauId!: number;
  /** The parent, when the list query joined it in; undefined when it did not. */
  preloadedParent?: Branch | null;
  /** Current members of the subtree, when the list query counted them; undefined when not. */
  preloadedMemberCount?: number;
  secretaryId!: number | null;
  path!: string;

  @Field()
  name!: string;

  @Field(() => BranchKind)
  kind!: BranchKind;

  @Field(() => Int, { description: 'Levels below the top of the tree (0 for a root).' })
  depth!: number;

  @Field(() => DemonstrationLevel, { nullable: true })
  demonstrationLevel!: DemonstrationLevel | null;

  @Field(() => Int, { nullable: true, description: 'The year the demonstration title was given.' })
  demonstrationYear!: number | null;

  @Field({ description: 'Runs a home for old party members (老党员之家).' })
  hasMembersHome!: boolean;

  @Field(() => DateScalar, { nullable: true })
  foundedOn!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  meetingPlace!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

export const BranchConnection = ConnectionType(Branch);

@InputType()
export class BranchFilter {
  @Field(() => BranchKind, { nullable: true })
  kind?: BranchKind | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this branch.' })
  parentId?: string | null;

  @Field({ nullable: true, description: 'Only branches without a parent.' })
  rootsOnly?: boolean;

  @Field(() => ID, { nullable: true, description: 'This branch and everything below it.' })
  subtreeOf?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The branches of this bureau and the bureaus below it (a city: its counties); one out of reach finds none.',
  })
  bureauId?: string | null;

  @Field(() => DemonstrationLevel, { nullable: true })
  demonstrationLevel?: DemonstrationLevel | null;

  @Field({
    nullable: true,
    description: 'Only branches with (true) or without (false) any demonstration title.',
  })
  isDemonstration?: boolean;

  @Field({ nullable: true })
  hasMembersHome?: boolean;

  @Field({ nullable: true, description: 'Name, full pinyin or pinyin initials.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum BranchOrderField {
  NAME = 'NAME',
  FOUNDED_ON = 'FOUNDED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(BranchOrderField, { name: 'BranchOrderField' });

@InputType()
export class BranchOrder {
  @Field(() => BranchOrderField)
  field!: BranchOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

const NameRules = () =>
  composeRules(
    Matches(/\S/, { message: '名称不能为空 (name is required)', ...REQUIRED }),
    MaxLength(100, {
      message: '名称不能超过 100 个字 (name is at most 100 characters)',
      ...TOO_LONG,
    }),
  );

/** Fields of a branch that both create and update take. */
@InputType()
export abstract class BranchDetailsInput {
  @Field(() => DemonstrationLevel, { nullable: true })
  demonstrationLevel?: DemonstrationLevel | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1949, { message: '示范年份不早于 1949 (year from 1949)' })
  @Max(2200)
  demonstrationYear?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  hasMembersHome?: boolean;

  @Field(() => ID, { nullable: true, description: 'A current member who is the secretary.' })
  secretaryId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  meetingPlace?: string | null;
}

@InputType()
export class CreateBranchInput extends BranchDetailsInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The county bureau of a top-level branch, needed only when you reach more than one county; a branch under a parent is its parent’s.',
  })
  bureauId?: string | null;

  @Field()
  @NameRules()
  name!: string;

  @Field(() => BranchKind)
  kind!: BranchKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The general branch it belongs to; none for a root.',
  })
  parentId?: string | null;
}

@InputType()
export class UpdateBranchInput extends BranchDetailsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Refuse with STALE if the branch has changed since.',
  })
  expectedVersion?: number | null;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateBranchInput) => input.name !== undefined)
  @NameRules()
  name?: string;
}

@InputType()
export class MoveBranchInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The new parent; null moves it to the top.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ArchiveBranchInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
