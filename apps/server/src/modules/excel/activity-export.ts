import { chinaTimeRange } from '@wanxia/schema';
import type { Row } from '../../kernel/db/database';
import type { Scope } from '../../kernel/access/reach';
import type { ListExport } from './list-exports';
import type { ExportColumn } from './xlsx-export';
import { activityRows, type ActivityCriteria } from '../activity/activity.repository';
import { ActivityKind, OrganiserKind } from '../activity/activity-kinds';

/** What each kind is called on paper (the console's labels). */
export const ACTIVITY_KIND_NAMES: Record<ActivityKind, string> = {
  [ActivityKind.BRANCH_MEMBERS_MEETING]: '支部党员大会',
  [ActivityKind.BRANCH_COMMITTEE_MEETING]: '支部委员会',
  [ActivityKind.PARTY_GROUP_MEETING]: '党小组会',
  [ActivityKind.PARTY_LECTURE]: '党课',
  [ActivityKind.ORGANISATIONAL_LIFE_MEETING]: '组织生活会',
  [ActivityKind.DEMOCRATIC_APPRAISAL]: '民主评议党员',
  [ActivityKind.THEMED_PARTY_DAY]: '主题党日',
  [ActivityKind.PARTY_EDUCATION]: '党性教育活动',
  [ActivityKind.OTHER]: '其他活动',
  [ActivityKind.HONORARY_RETIREMENT]: '荣誉退休',
  [ActivityKind.POLITICAL_BIRTHDAY]: '政治生日',
  [ActivityKind.POLITICAL_EVENT]: '政治活动',
  [ActivityKind.SYMPOSIUM]: '座谈会',
  [ActivityKind.INSPECTION]: '视察',
  [ActivityKind.TOPIC_LECTURE]: '专题讲座',
  [ActivityKind.VOLUNTEER_SERVICE]: '志愿服务活动',
  [ActivityKind.SCIENCE_LECTURE]: '科技讲座',
  [ActivityKind.PERFORMANCE]: '文艺演出',
  [ActivityKind.EXHIBITION]: '展览',
  [ActivityKind.COMPETITION]: '比赛',
};

const BUREAU = '老干部局';

const text = (value: unknown) => (value == null ? null : String(value));
const count = (value: unknown) => (value == null ? null : Number(value));

/**
 * 活动记录 as the console lists them, latest first: when, what, who organised it, where, the
 * attendance (应到 the participants recorded, 实到 / 缺席 / 请假 of them), the beneficiaries and
 * the minutes. No member is named, so no personal data leaves.
 */
export function activityExport(scope: Scope, criteria: ActivityCriteria | null): ListExport<Row> {
  const rows = activityRows(scope, criteria);
  const columns: ExportColumn<Row>[] = [
    {
      header: '时间',
      width: 24,
      value: (r) => chinaTimeRange(r.startsAt as Date, r.endsAt as Date),
    },
    {
      header: '类别',
      width: 14,
      value: (r) => ACTIVITY_KIND_NAMES[r.kind as ActivityKind],
    },
    { header: '标题', width: 36, value: (r) => text(r.title) },
    {
      header: '组织者',
      width: 24,
      value: (r) => (r.organiserKind === OrganiserKind.BUREAU ? BUREAU : text(r.organiserName)),
    },
    { header: '地点', width: 20, value: (r) => text(r.place) },
    { header: '应到', width: 6, value: (r) => count(r.participants) },
    { header: '实到', width: 6, value: (r) => count(r.present) },
    { header: '缺席', width: 6, value: (r) => count(r.absent) },
    { header: '请假', width: 6, value: (r) => count(r.excused) },
    { header: '受益人数', width: 9, value: (r) => count(r.beneficiaries) },
    { header: '纪要', width: 48, value: (r) => text(r.summary) },
  ];
  return {
    operation: 'exportActivities',
    title: '活动记录',
    asciiTitle: 'activities',
    personalData: false,
    count: rows.count,
    sheet: { name: '活动记录', columns, query: rows.query, map: (row) => row },
  };
}
