import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach, chinaDayStart } from '../activity/activity.repository';
import type { PartyLifeStats } from '../activity/activity.types';
import { AwardLevel } from '../activity/award-level';
import { LectureOrderState, PROVINCE_TOP_RANK, WorkKind } from './education-kinds';
import { orderInReach } from './lecture.repository';
import { workInReach } from './work.repository';
import type { EducationStats } from './education.types';

/**
 * A year's learning and education from the records in reach, up to `asOf` (the year's end, or
 * today): the party-education sessions as party life counts them (not counted again), the
 * lectures ordered by state, topic lectures, members in the province's top eight, and the year's works.
 */
export async function educationFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
  partyLife: Pick<PartyLifeStats, 'educationSessions' | 'educationAttendees'>,
): Promise<EducationStats> {
  const orders = await db.run(sql`
    SELECT o.state, count(*)::int AS n FROM lecture_order o
    WHERE o.created_at >= ${chinaDayStart(`${year}-01-01`)}
      AND o.created_at < ${chinaDayStart(sql`(${asOf}::date + 1)`)} AND ${orderInReach('o', reach)}
    GROUP BY o.state`);
  const [lectures] = await db.run(sql`
    SELECT count(*)::int AS n FROM activity a
    WHERE a.kind = 'TOPIC_LECTURE' AND a.starts_at >= ${chinaDayStart(`${year}-01-01`)}
      AND a.starts_at < ${chinaDayStart(sql`(${asOf}::date + 1)`)} AND ${activityInReach('a', reach)}`);
  const [learners] = await db.run(sql`
    SELECT count(DISTINCT lp.member_id)::int AS n
    FROM learning_points lp JOIN member m ON m.id = lp.member_id
    WHERE lp.month >= make_date(${year}, 1, 1) AND lp.month < make_date(${year} + 1, 1, 1)
      AND lp.province_rank <= ${PROVINCE_TOP_RANK} AND ${reach.member('m')}`);
  const works = await db.run(sql`
    SELECT w.kind, count(*)::int AS n,
      count(*) FILTER (WHERE w.award_level IS NOT NULL)::int AS awarded,
      count(*) FILTER (WHERE w.award_level = ANY(${[AwardLevel.PROVINCIAL, AwardLevel.CITY]}))::int AS "provincialOrCity",
      count(*) FILTER (WHERE w.adopted)::int AS adopted
    FROM work w WHERE w.year = ${year} AND ${workInReach('w', reach)}
    GROUP BY w.kind`);
  const ofKind = (kind: WorkKind) => works.find((w) => w.kind === kind);
  return {
    educationSessions: partyLife.educationSessions,
    educationAttendees: partyLife.educationAttendees,
    lectureOrders: Object.values(LectureOrderState).map((state) => ({
      state,
      count: Number(orders.find((o) => o.state === state)?.n ?? 0),
    })),
    topicLectures: Number(lectures.n),
    provinceTopLearners: Number(learners.n),
    works: {
      byKind: Object.values(WorkKind).map((kind) => ({
        kind,
        count: Number(ofKind(kind)?.n ?? 0),
      })),
      awarded: works.reduce((sum, w) => sum + Number(w.awarded), 0),
      essaysAwardedProvincialOrCity: Number(ofKind(WorkKind.ESSAY)?.provincialOrCity ?? 0),
      researchReports: Number(ofKind(WorkKind.RESEARCH_REPORT)?.n ?? 0),
      researchReportsAdopted: Number(ofKind(WorkKind.RESEARCH_REPORT)?.adopted ?? 0),
    },
  };
}
