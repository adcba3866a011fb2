import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf } from '../../kernel/selection';
import { PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { requireKey, toGlobalId } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Branch } from '../branch/branch.types';
import { Medal, Member, MemberConnection } from '../member/member.types';
import {
  listBranchYears,
  listAwards,
  listCurrentTerms,
  listMedalCandidates,
  listRoles,
} from './party-org.repository';
import {
  addRepresentativeRole,
  deleteMedalAward,
  deleteRepresentativeRole,
  issueMedals,
  recordBranchAssessment,
  recordElection,
} from './party-org.service';
import {
  AddRepresentativeRoleInput,
  BranchAssessment,
  BranchAssessmentFilter,
  BranchAssessmentPayload,
  BranchYearAssessment,
  BranchYearAssessmentConnection,
  CommitteeSeat,
  CommitteeTerm,
  CommitteeTermConnection,
  CommitteeTermFilter,
  DeleteMedalAwardInput,
  DeleteMedalAwardPayload,
  DeleteRepresentativeRoleInput,
  IssueMedalsInput,
  IssueMedalsPayload,
  MedalAward,
  MedalAwardConnection,
  MedalAwardFilter,
  RecordBranchAssessmentInput,
  RecordElectionInput,
  RecordElectionPayload,
  RepresentativeFilter,
  RepresentativeRole,
  RepresentativeRoleConnection,
  RepresentativeRolePayload,
} from './party-org.types';

const FIRST_YEAR = 1949;

const checkYear = (year: number | null | undefined, argument: string) => {
  if (year != null && (year < FIRST_YEAR || year > 9999))
    throw badInput(`${argument} must be between ${FIRST_YEAR} and 9999`, { argument });
};

const optionalBranch = (id: string | null | undefined) =>
  id == null ? null : requireKey(id, 'Branch', 'filter.branchId');

@Resolver(() => CommitteeTerm)
export class CommitteeTermResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => CommitteeTermConnection, {
    description:
      'The committees in office of the branches in reach (each branch’s latest election), soonest ending first; `status` DUE or OVERDUE for the elections to hold.',
  })
  committeeTerms(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CommitteeTermFilter, { nullable: true }) filter?: CommitteeTermFilter,
  ) {
    return listCurrentTerms(
      ctx.db,
      ctx,
      { branchKey: optionalBranch(filter?.branchId), status: filter?.status },
      page,
      { countWithPage: selectionOf(info).has('totalCount') },
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RecordElectionPayload, {
    description:
      'Records an election (换届) of a branch’s committee: its seats and term. The committee before stays as history.',
  })
  async recordElection(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordElectionInput) input: RecordElectionInput,
  ): Promise<RecordElectionPayload> {
    const { record, userErrors } = await recordElection(ctx, input, {
      branch: decodeInputKey(input.branchId, 'Branch'),
      seatMembers: input.seats.map((s) => decodeInputKey(s.memberId, 'Member')),
    });
    return { committeeTerm: record, userErrors };
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() term: CommitteeTerm, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(term.branchId);
  }

  @FieldResolver(() => [CommitteeSeat], { description: '书记 first, in the order of the seats.' })
  seats(@Root() term: CommitteeTerm, @Ctx() ctx: Context) {
    return ctx.loaders.seatsOfTerm.load(term.key);
  }
}

@Resolver(() => CommitteeSeat)
export class CommitteeSeatResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member of the roster; null for a named person or one outside your reach.',
  })
  member(@Root() seat: CommitteeSeat, @Ctx() ctx: Context) {
    return seat.memberId == null ? null : ctx.loaders.member.load(seat.memberId);
  }
}

@Resolver(() => BranchYearAssessment)
export class BranchAssessmentResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => BranchYearAssessmentConnection, {
    description:
      'The branches (党支部) in reach in a year with their assessment (述职评议), by place in the tree.',
  })
  branchAssessments(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => BranchAssessmentFilter, { nullable: true })
    filter?: BranchAssessmentFilter,
  ) {
    checkYear(year, 'year');
    return listBranchYears(
      ctx.db,
      ctx,
      year,
      {
        branchKey: optionalBranch(filter?.branchId),
        rating: filter?.rating,
        assessed: filter?.assessed,
      },
      page,
      { countWithPage: selectionOf(info).has('totalCount') },
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => BranchAssessmentPayload, {
    description:
      'Records a branch’s rating of a year, or changes the one recorded (the bureau: county reach).',
  })
  async recordBranchAssessment(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordBranchAssessmentInput) input: RecordBranchAssessmentInput,
  ): Promise<BranchAssessmentPayload> {
    const { record, userErrors } = await recordBranchAssessment(ctx, input, {
      branch: decodeInputKey(input.branchId, 'Branch'),
    });
    return { branchAssessment: record, userErrors };
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description:
      'The branch, with its demonstration title (demonstrationLevel, demonstrationYear).',
  })
  branch(@Root() row: BranchYearAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(row.branchId);
  }

  @FieldResolver(() => BranchAssessment, { nullable: true, description: 'Null: not assessed.' })
  assessment(@Root() row: BranchYearAssessment, @Ctx() ctx: Context) {
    return row.assessmentKey == null ? null : ctx.loaders.branchAssessment.load(row.assessmentKey);
  }
}

@Resolver(() => BranchAssessment)
export class BranchAssessmentRecordResolver {
  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() assessment: BranchAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(assessment.branchId);
  }
}

@Resolver(() => RepresentativeRole)
export class RepresentativeRoleResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => RepresentativeRoleConnection, {
    description: 'Members in reach serving as 党代表, 人大代表 or 政协委员, latest term first.',
  })
  representatives(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => RepresentativeFilter, { nullable: true }) filter?: RepresentativeFilter,
  ) {
    return listRoles(ctx.db, ctx, filter ?? {}, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RepresentativeRolePayload, {
    description: 'Records a member’s role as 党代表, 人大代表 or 政协委员.',
  })
  async addRepresentativeRole(
    @Ctx() ctx: Context,
    @Arg('input', () => AddRepresentativeRoleInput) input: AddRepresentativeRoleInput,
  ): Promise<RepresentativeRolePayload> {
    const { record, userErrors } = await addRepresentativeRole(ctx, input, {
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return { representativeRole: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RepresentativeRolePayload, { description: 'Deletes a role recorded by mistake.' })
  async deleteRepresentativeRole(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteRepresentativeRoleInput) input: DeleteRepresentativeRoleInput,
  ): Promise<RepresentativeRolePayload> {
    const { record, userErrors } = await deleteRepresentativeRole(ctx, {
      role: decodeInputKey(input.representativeRoleId, 'RepresentativeRole'),
    });
    return { representativeRole: record, userErrors };
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() role: RepresentativeRole, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(role.memberId);
  }
}

@Resolver(() => MedalAward)
export class MedalAwardResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => MedalAwardConnection, {
    description: 'Commemorative medals issued to members in reach, latest first.',
  })
  medalAwards(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => MedalAwardFilter, { nullable: true }) filter?: MedalAwardFilter,
  ) {
    checkYear(filter?.year, 'filter.year');
    return listAwards(ctx.db, ctx, filter ?? {}, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => MemberConnection, {
    description:
      'Current members in reach eligible for a medal (as members’ eligibleForMedal) and not yet issued it, by name: the list to issue.',
  })
  medalCandidates(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('medal', () => Medal) medal: Medal,
  ) {
    return listMedalCandidates(ctx.db, ctx, medal, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => IssueMedalsPayload, {
    description:
      'Issues a medal to eligible members at once (date, ceremony, issued by); one refused and none is issued.',
  })
  async issueMedals(
    @Ctx() ctx: Context,
    @Arg('input', () => IssueMedalsInput) input: IssueMedalsInput,
  ): Promise<IssueMedalsPayload> {
    const { record, userErrors } = await issueMedals(ctx, input, {
      members: input.memberIds.map((id) => decodeInputKey(id, 'Member')),
    });
    return { medalAwards: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => DeleteMedalAwardPayload, {
    description: 'Withdraws a medal recorded by mistake.',
  })
  async deleteMedalAward(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteMedalAwardInput) input: DeleteMedalAwardInput,
  ): Promise<DeleteMedalAwardPayload> {
    const { record, userErrors } = await deleteMedalAward(ctx, {
      award: decodeInputKey(input.medalAwardId, 'MedalAward'),
    });
    return {
      deletedMedalAwardId: record === null ? null : toGlobalId('MedalAward', record),
      userErrors,
    };
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() award: MedalAward, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(award.memberId);
  }
}

@Resolver(() => Branch)
export class BranchCommitteeResolver {
  @FieldResolver(() => [CommitteeTerm], {
    description: 'The branch’s committee elections (换届), latest (the one in office) first.',
  })
  committeeTerms(@Root() branch: Branch, @Ctx() ctx: Context) {
    return ctx.loaders.committeeTermsOfBranch.load(branch.key);
  }
}

@Resolver(() => Member)
export class MemberHonoursResolver {
  @FieldResolver(() => [RepresentativeRole], {
    description: 'Roles as 党代表, 人大代表 or 政协委员, latest term first.',
  })
  representativeRoles(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.representativeRolesOfMember.load(member.key);
  }

  @FieldResolver(() => [MedalAward], { description: 'Commemorative medals issued, in order.' })
  medalAwards(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.medalAwardsOfMember.load(member.key);
  }
}
