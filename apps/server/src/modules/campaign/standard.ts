import { latestStartFor, type CalendarDate } from '@wanxia/schema';
import type { Queryable } from '../../kernel/db/database';
import { join, raw, sql, type Sql } from '../../kernel/db/sql';
import { type Holiday, holidayDate } from '../visit/occasions';
import type { RetirementType } from '../member/member.types';
import { campaignMembers } from './campaign.repository';
import type { Campaign } from './campaign.types';

/** A rule as the campaign row keeps it (the API's CampaignRule). */
export interface StoredRule {
  retirementType: RetirementType | null;
  minAge: number | null;
  tag: string | null;
  gift: string;
  amountFen: number;
}

/** What a campaign's standard needs of it. */
export type Standard = Pick<Campaign, 'holiday' | 'year' | 'startsOn' | 'rules'>;

/** The day ages are counted on: the holiday of the campaign's year, else its first day. */
export function referenceDate(c: Pick<Campaign, 'holiday' | 'year' | 'startsOn'>): CalendarDate {
  return c.holiday ? holidayDate(c.holiday as Holiday, c.year) : c.startsOn;
}

/**
 * The standard's gift and sum for the member under `alias`, as a lateral subquery `std`
 * (`std.gift`, `std.amount_fen`; no row when no rule matches): the first rule the member
 * matches. Ages count on the reference day, 29 February on 28 February in common years.
 */
export function standardFor(alias: string, standard: Standard): Sql {
  const on = referenceDate(standard);
  const rules = standard.rules.map((r, position) => ({
    position,
    retirement_type: r.retirementType,
    latest_birth: r.minAge == null ? null : latestStartFor(r.minAge, on),
    tag: r.tag,
    gift: r.gift,
    amount_fen: r.amountFen,
  }));
  const m = raw(alias);
  return sql`LEFT JOIN LATERAL (
    SELECT r.gift, r.amount_fen FROM jsonb_to_recordset(${JSON.stringify(rules)}::jsonb)
      AS r(position int, retirement_type text, latest_birth date, tag text, gift text, amount_fen bigint)
    WHERE (r.retirement_type IS NULL OR r.retirement_type = ${m}.retirement_type)
      AND (r.latest_birth IS NULL OR ${m}.birth_date <= r.latest_birth)
      AND (r.tag IS NULL OR r.tag = ANY(${m}.tags))
    ORDER BY r.position LIMIT 1
  ) std ON TRUE`;
}

/** The plan of a campaign: its current members in scope and what the standard gives them. */
export interface PlannedFigures {
  memberCount: number;
  totalFen: number;
}

/** The live plans of these campaigns, in one statement. */
export async function plannedFigures(
  db: Queryable,
  campaigns: readonly (Standard & Pick<Campaign, 'key' | 'branchId'>)[],
): Promise<PlannedFigures[]> {
  if (!campaigns.length) return [];
  const parts = campaigns.map(
    (c, i) => sql`SELECT ${i}::int AS i, count(*)::int AS n, coalesce(sum(std.amount_fen), 0) AS fen
      FROM member m ${standardFor('m', c)} WHERE ${campaignMembers('m', c.branchId)}`,
  );
  const rows = await db.run(sql`${join(parts, ' UNION ALL ')}`);
  const byIndex = new Map(rows.map((r) => [Number(r.i), r]));
  return campaigns.map((_, i) => ({
    memberCount: Number(byIndex.get(i)!.n),
    totalFen: Number(byIndex.get(i)!.fen),
  }));
}
