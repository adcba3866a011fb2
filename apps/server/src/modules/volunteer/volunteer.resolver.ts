import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
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
import { requireKey } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { MoneyScalar } from '../../kernel/scalars';
import { Member } from '../member/member.types';
import { Activity, ActivityOrganiser, ActivityPayload } from '../activity/activity.types';
import { ServiceCategory } from './volunteer-enums';
import { listRanking, listTeams, listVolunteers } from './volunteer.repository';
import {
  createVolunteer,
  createVolunteerTeam,
  joinVolunteerTeam,
  leaveVolunteerTeam,
  recordVolunteerService,
  updateVolunteerTeam,
} from './volunteer.service';
import { updateVolunteerSettings, volunteerSettings } from './volunteer-settings';
import {
  CreateVolunteerInput,
  CreateVolunteerTeamInput,
  JoinVolunteerTeamInput,
  LeaveVolunteerTeamInput,
  RecordVolunteerServiceInput,
  UpdateVolunteerSettingsInput,
  UpdateVolunteerTeamInput,
  Volunteer,
  VolunteerConnection,
  VolunteerDonation,
  VolunteerFilter,
  VolunteerHours,
  VolunteerMembership,
  VolunteerMembershipPayload,
  VolunteerPayload,
  VolunteerService,
  VolunteerSettings,
  VolunteerSettingsPayload,
  VolunteerStanding,
  VolunteerStandingConnection,
  VolunteerTeam,
  VolunteerTeamConnection,
  VolunteerTeamFilter,
  VolunteerTeamPayload,
  VolunteerTeamYear,
  VolunteerYear,
} from './volunteer.types';

const FIRST_YEAR = 1949;

function checkYear(year: number) {
  if (year < FIRST_YEAR || year > 9999)
    throw badInput(`year must be between ${FIRST_YEAR} and 9999`, { argument: 'year' });
  return year;
}

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => VolunteerTeamConnection, {
    description: 'Volunteer teams (志愿服务队), by name; the county’s records.',
  })
  volunteerTeams(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => VolunteerTeamFilter, { nullable: true }) filter?: VolunteerTeamFilter,
  ) {
    return listTeams(ctx.db, ctx.reach, filter, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => VolunteerTeamPayload, { description: 'Founds a volunteer team.' })
  async createVolunteerTeam(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateVolunteerTeamInput) input: CreateVolunteerTeamInput,
  ): Promise<VolunteerTeamPayload> {
    const { record, userErrors } = await createVolunteerTeam(ctx, input);
    return { team: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => VolunteerTeamPayload, { description: 'Changes a volunteer team.' })
  async updateVolunteerTeam(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateVolunteerTeamInput) input: UpdateVolunteerTeamInput,
  ): Promise<VolunteerTeamPayload> {
    const { record, userErrors } = await updateVolunteerTeam(ctx, input, {
      team: decodeInputKey(input.teamId, 'VolunteerTeam'),
    });
    return { team: record, userErrors };
  }

  @FieldResolver(() => [ServiceCategory], { description: 'In the order of the enum.' })
  categories(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return ctx.loaders.categoriesOfTeam.load(team.key);
  }

  @FieldResolver(() => [VolunteerMembership], {
    description: 'Its volunteers’ memberships: current ones first (`current` for those only).',
  })
  async memberships(
    @Root() team: VolunteerTeam,
    @Ctx() ctx: Context,
    @Arg('current', () => Boolean, { defaultValue: false }) current: boolean,
  ) {
    const all = await ctx.loaders.membershipsOfTeam.load(team.key);
    return current ? all.filter((m) => m.leftOn === null) : all;
  }

  @FieldResolver(() => Int, { description: 'Volunteers in it now.' })
  async memberCount(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    const all = await ctx.loaders.membershipsOfTeam.load(team.key);
    return all.filter((m) => m.leftOn === null).length;
  }

  @FieldResolver(() => VolunteerTeamYear, {
    description: 'Its activities in a year and the hours given at them.',
  })
  year(@Root() team: VolunteerTeam, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.loaders.volunteerTeamYear.load({ key: team.key, year: checkYear(year) });
  }
}

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => VolunteerConnection, {
    description:
      'Volunteers in reach, by name: members of the roster and people not on it (the county’s).',
  })
  volunteers(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter?: VolunteerFilter,
  ) {
    const { teamId, ...rest } = filter ?? {};
    const criteria = {
      ...rest,
      teamKey: teamId == null ? null : requireKey(teamId, 'VolunteerTeam', 'filter.teamId'),
    };
    return listVolunteers(ctx.db, ctx.reach, criteria, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => VolunteerStandingConnection, {
    description:
      'A year’s ranking of volunteers by hours given (equal hours share a rank), most first.',
  })
  volunteerRanking(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('year', () => Int) year: number,
  ) {
    return listRanking(ctx.db, ctx.reach, checkYear(year), page);
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => VolunteerPayload, {
    description: 'Records a volunteer: a member of the roster, or a person not on it.',
  })
  async createVolunteer(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateVolunteerInput) input: CreateVolunteerInput,
  ): Promise<VolunteerPayload> {
    const { record, userErrors } = await createVolunteer(ctx, input, {
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return { volunteer: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => VolunteerMembershipPayload, { description: 'A volunteer joins a team.' })
  async joinVolunteerTeam(
    @Ctx() ctx: Context,
    @Arg('input', () => JoinVolunteerTeamInput) input: JoinVolunteerTeamInput,
  ): Promise<VolunteerMembershipPayload> {
    const { record, userErrors } = await joinVolunteerTeam(ctx, input, {
      team: decodeInputKey(input.teamId, 'VolunteerTeam'),
      volunteer: decodeInputKey(input.volunteerId, 'Volunteer'),
    });
    return { membership: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => VolunteerMembershipPayload, { description: 'A volunteer leaves a team.' })
  async leaveVolunteerTeam(
    @Ctx() ctx: Context,
    @Arg('input', () => LeaveVolunteerTeamInput) input: LeaveVolunteerTeamInput,
  ): Promise<VolunteerMembershipPayload> {
    const { record, userErrors } = await leaveVolunteerTeam(ctx, input, {
      membership: decodeInputKey(input.membershipId, 'VolunteerMembership'),
    });
    return { membership: record, userErrors };
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member, for a volunteer on the roster.',
  })
  member(@Root() volunteer: Volunteer, @Ctx() ctx: Context) {
    return volunteer.memberId === null ? null : ctx.loaders.member.load(volunteer.memberId);
  }

  @FieldResolver(() => [VolunteerMembership], { description: 'Current ones first.' })
  memberships(@Root() volunteer: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsOfVolunteer.load(volunteer.key);
  }

  @FieldResolver(() => VolunteerYear, { description: 'Hours, points and activities in a year.' })
  year(@Root() volunteer: Volunteer, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.loaders.volunteerYear.load({ key: volunteer.key, year: checkYear(year) });
  }
}

@Resolver(() => VolunteerMembership)
export class VolunteerMembershipResolver {
  @FieldResolver(() => VolunteerTeam, { nullable: true })
  team(@Root() membership: VolunteerMembership, @Ctx() ctx: Context) {
    return ctx.loaders.volunteerTeam.load(membership.teamId);
  }

  @FieldResolver(() => Volunteer, { nullable: true })
  volunteer(@Root() membership: VolunteerMembership, @Ctx() ctx: Context) {
    return ctx.loaders.volunteer.load(membership.volunteerId);
  }
}

@Resolver(() => VolunteerStanding)
export class VolunteerStandingResolver {
  @FieldResolver(() => Volunteer, { nullable: true })
  volunteer(@Root() standing: VolunteerStanding, @Ctx() ctx: Context) {
    return ctx.loaders.volunteer.load(standing.volunteerId);
  }
}

@Resolver(() => VolunteerSettings)
export class VolunteerSettingsResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => VolunteerSettings, {
    description: 'The points rule of 志愿积分: points per hour of service.',
  })
  volunteerSettings(@Ctx() ctx: Context) {
    return volunteerSettings(ctx.db);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => VolunteerSettingsPayload, {
    description: 'Sets the points per hour; every figure of points follows at once.',
  })
  async updateVolunteerSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateVolunteerSettingsInput) input: UpdateVolunteerSettingsInput,
  ): Promise<VolunteerSettingsPayload> {
    const { record, userErrors } = await updateVolunteerSettings(ctx, input);
    return { settings: record, userErrors };
  }
}

@Resolver(() => Activity)
export class ActivityVolunteerServiceResolver {
  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => ActivityPayload, {
    description:
      'Sets the volunteer side of an activity a team organised: category, couplets, each volunteer’s hours and the donations.',
  })
  async recordVolunteerService(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordVolunteerServiceInput) input: RecordVolunteerServiceInput,
  ): Promise<ActivityPayload> {
    const { record, userErrors } = await recordVolunteerService(ctx, input, {
      activity: decodeInputKey(input.activityId, 'Activity'),
      volunteers: input.volunteers.map((v) => decodeInputKey(v.volunteerId, 'Volunteer')),
    });
    return { activity: record, userErrors };
  }

  @FieldResolver(() => VolunteerService, {
    nullable: true,
    description: 'A team’s activity: its volunteer side, once recorded.',
  })
  volunteerService(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.volunteerServiceOfActivity.load(activity.key);
  }
}

@Resolver(() => VolunteerService)
export class VolunteerServiceResolver {
  @FieldResolver(() => [VolunteerHours], { description: 'Most hours first.' })
  volunteers(@Root() service: VolunteerService, @Ctx() ctx: Context) {
    return ctx.loaders.volunteerHoursOfActivity.load(service.activityId);
  }

  @FieldResolver(() => Float, { description: 'Hours given by all of them.' })
  async hours(@Root() service: VolunteerService, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.volunteerHoursOfActivity.load(service.activityId);
    return rows.reduce((sum, h) => sum + Math.round(h.hours * 10), 0) / 10;
  }

  @FieldResolver(() => [VolunteerDonation], { description: 'In the order recorded.' })
  donations(@Root() service: VolunteerService, @Ctx() ctx: Context) {
    return ctx.loaders.donationsOfActivity.load(service.activityId);
  }

  @FieldResolver(() => MoneyScalar, { description: 'The donations’ sum, in fen.' })
  async donationsFen(@Root() service: VolunteerService, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.donationsOfActivity.load(service.activityId);
    return rows.reduce((sum, d) => sum + d.amountFen, 0);
  }
}

@Resolver(() => VolunteerHours)
export class VolunteerHoursResolver {
  @FieldResolver(() => Volunteer, { nullable: true })
  volunteer(@Root() hours: VolunteerHours, @Ctx() ctx: Context) {
    return ctx.loaders.volunteer.load(hours.volunteerId);
  }
}

@Resolver(() => ActivityOrganiser)
export class ActivityOrganiserTeamResolver {
  @FieldResolver(() => VolunteerTeam, {
    nullable: true,
    description: 'The volunteer team, for kind TEAM.',
  })
  team(@Root() organiser: ActivityOrganiser, @Ctx() ctx: Context) {
    return organiser.teamId == null ? null : ctx.loaders.volunteerTeam.load(organiser.teamId);
  }
}
