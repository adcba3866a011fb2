import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { inTransaction } from '../../kernel/mutation';
import { callerLabel } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import { freezeYear, yearFigures } from './county-stats';
import { CountyStats, FreezeCountyStatsPayload } from './report.types';
import { requireKey } from '../../kernel/global-id';
import { BUREAU_ARGUMENT, countyToWrite, reachOfBureau } from '../bureau/county';
import { refuseIf } from '../../kernel/mutation';
import type { UserError } from '../../kernel/user-error';
import { yearReport } from './year-report';
import {
  PartyOrganisationTable,
  RoleAndActivitiesTable,
  RosterChangeTable,
  RosterProfileTable,
  ServiceTable,
  YearReport,
} from './year-report.types';

const FIRST_YEAR = 1949;

function checkYear(year: number) {
  if (year < FIRST_YEAR || year > 9999) {
    throw badInput(`year must be between ${FIRST_YEAR} and 9999`, { argument: 'year' });
  }
}

@Resolver(() => CountyStats)
export class CountyStatsResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => CountyStats, {
    description:
      'The figures of a year for the county (or the branches in your reach); a frozen year answers with its snapshot.',
  })
  async countyStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('bureauId', () => ID, BUREAU_ARGUMENT) bureauId?: string | null,
  ): Promise<CountyStats> {
    checkYear(year);
    return yearFigures(ctx.db.forReads(), await reachOfBureau(ctx, bureauId), year, ctx.today);
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => YearReport, {
    nullable: true,
    description:
      'The statutory tables of a year (离退休干部两年数字变化情况, 基本情况, 服务保障情况, 党组织建设情况, 作用发挥与活动开展), each beside the year before, for the county (or your reach) or a branch and those below it; null when the branch is out of reach.',
  })
  async yearReport(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId?: string | null,
    @Arg('bureauId', () => ID, BUREAU_ARGUMENT) bureauId?: string | null,
  ): Promise<YearReport | null> {
    checkYear(year);
    const reach = await reachOfBureau(ctx, bureauId);
    let branch = null;
    if (branchId != null) {
      branch = await ctx.loaders.branch.load(requireKey(branchId, 'Branch', 'branchId'));
      if (!branch) return null;
    }
    return yearReport(ctx.db.forReads(), reach, { year, branch, today: ctx.today });
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => FreezeCountyStatsPayload, {
    description: 'Freezes a year’s figures as submitted; later edits no longer change them.',
  })
  async freezeCountyStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('bureauId', () => ID, {
      nullable: true,
      description: 'The county to freeze; needed when you reach more than one.',
    })
    bureauId?: string | null,
  ): Promise<FreezeCountyStatsPayload> {
    checkYear(year);
    const { record, userErrors } = await inTransaction(ctx, 'freezeCountyStats', async (tx) => {
      const errors: UserError[] = [];
      const county = await countyToWrite(tx, ctx.reach, bureauId, errors);
      refuseIf(errors);
      const stats = await freezeYear(tx, county!, year, ctx);
      return {
        record: { ...stats, frozenAt: ctx.now, frozenBy: callerLabel(ctx.caller) },
        change: null,
        details: { year, bureauId: county!.key },
      };
    });
    return { countyStats: record, userErrors };
  }
}

/** The tables of a year's report, each worked out only when the query asks for it. */
@Resolver(() => YearReport)
export class YearReportResolver {
  @FieldResolver(() => RosterChangeTable)
  rosterChange(@Root() report: YearReport): Promise<RosterChangeTable> {
    return report.tables.rosterChange();
  }

  @FieldResolver(() => RosterProfileTable)
  rosterProfile(@Root() report: YearReport): Promise<RosterProfileTable> {
    return report.tables.rosterProfile();
  }

  @FieldResolver(() => ServiceTable)
  service(@Root() report: YearReport): Promise<ServiceTable> {
    return report.tables.service();
  }

  @FieldResolver(() => PartyOrganisationTable, {
    description:
      '党组织建设情况; a frozen year’s figures come from its snapshot when the report is the whole county’s.',
  })
  partyOrganisation(@Root() report: YearReport): Promise<PartyOrganisationTable> {
    return report.tables.partyOrganisation();
  }

  @FieldResolver(() => RoleAndActivitiesTable, {
    description:
      '作用发挥与活动开展; a frozen year’s figures come from its snapshot when the report is the whole county’s.',
  })
  roleAndActivities(@Root() report: YearReport): Promise<RoleAndActivitiesTable> {
    return report.tables.roleAndActivities();
  }
}
