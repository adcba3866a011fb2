import { raw, sql, type Sql } from '../../kernel/db/sql';
import { MEDAL_PARTY_YEARS } from '@wanxia/schema';
import { Medal } from './member.types';

/**
 * The day of the 庆祝中华人民共和国成立70周年 medal. Its rule, as the county applied it: a
 * cadre alive on that day who had retired before it.
 */
export const PRC_70TH_ANNIVERSARY_DAY = '2019-10-01';

/**
 * Whether the member under `alias` is a current member eligible for `medal` in `year`, as SQL:
 * 光荣在党50年 when the 党龄 reaches 50 by the year's cut-off day (memberSettings; date +
 * interval clamps 29 February as anniversaryIn does); the 70th-anniversary medal when retired
 * before 2019-10-01 (being current, alive on it).
 */
export function medalEligibility(medal: Medal, alias: string, year: number): Sql {
  const m = raw(alias);
  switch (medal) {
    case Medal.PARTY_50_YEARS:
      return sql`(${m}.status = 'ACTIVE' AND (${m}.party_standing_from + ${`${MEDAL_PARTY_YEARS} years`}::interval)::date
        <= (SELECT make_date(${year}, medal_cutoff_month, medal_cutoff_day) FROM member_setting))`;
    case Medal.PRC_70TH_ANNIVERSARY:
      return sql`(${m}.status = 'ACTIVE' AND ${m}.retirement_date < ${PRC_70TH_ANNIVERSARY_DAY}::date)`;
  }
}
