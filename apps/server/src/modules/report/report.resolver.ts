import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { sql } from '../../kernel/db/sql';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { inTransaction, refuseIf } from '../../kernel/mutation';
import { UserErrorCode, userError } from '../../kernel/user-error';
import { callerLabel } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import { Reach } from '../../kernel/access/reach';
import { countyStats, yearFigures } from './county-stats';
import { CountyStats, FreezeCountyStatsPayload } from './report.types';

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
      await tx.run(sql`
        INSERT INTO report_snapshot (year, stats, frozen_at, frozen_by, frozen_by_user_id, frozen_by_token_id)
        VALUES (${year}, ${JSON.stringify(stats)}::jsonb, ${ctx.now}, ${callerLabel(caller)},
          ${caller.kind === 'USER' ? caller.userKey : null}, ${caller.kind === 'TOKEN' ? caller.tokenKey : null})`);
      return {
        record: { ...stats, frozenAt: ctx.now, frozenBy: callerLabel(caller) },
        change: null,
        details: { year },
      };
    });
    return { countyStats: record, userErrors };
  }
}
