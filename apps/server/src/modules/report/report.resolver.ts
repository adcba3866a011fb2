import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { insertRow } from '../../db/entity-columns';
import { sql } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { inTransaction, refuseIf } from '../../graphql/mutation';
import { UserErrorCode, userError } from '../../graphql/user-error';
import { callerLabel } from '../auth/caller';
import { Permission } from '../auth/permissions';
import { Reach } from '../auth/reach';
import { countyStats, yearFigures } from './county-stats';
import { CountyStats, FreezeCountyStatsPayload } from './report.types';
import { ReportSnapshotEntity } from './report-snapshot.entity';

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
  ): Promise<CountyStats> {
    checkYear(year);
    return yearFigures(ctx.db, ctx.reach, year, ctx.today);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => FreezeCountyStatsPayload, {
    description: 'Freezes a year’s figures as submitted; later edits no longer change them.',
  })
  async freezeCountyStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ): Promise<FreezeCountyStatsPayload> {
    checkYear(year);
    const { record, userErrors } = await inTransaction(ctx, 'freezeCountyStats', async (tx) => {
      const [existing] = await tx.run(
        sql`SELECT 1 FROM report_snapshot WHERE year = ${year} FOR UPDATE`,
      );
      if (existing) {
        refuseIf([
          userError(
            'year',
            UserErrorCode.INVALID_STATE,
            '该年度已冻结 (the year is already frozen)',
          ),
        ]);
      }
      const stats = await countyStats(tx, Reach.COUNTY, year, ctx.today);
      const caller = ctx.caller;
      await tx.run(
        insertRow(ReportSnapshotEntity, {
          year,
          stats,
          frozenAt: ctx.now,
          frozenBy: callerLabel(caller),
          frozenByUserId: caller.kind === 'USER' ? caller.userKey : null,
          frozenByTokenId: caller.kind === 'TOKEN' ? caller.tokenKey : null,
        }),
      );
      return {
        record: { ...stats, frozenAt: ctx.now, frozenBy: callerLabel(caller) },
        change: null,
        details: { year },
      };
    });
    return { countyStats: record, userErrors };
  }
}
