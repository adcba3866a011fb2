import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import type { CalendarDate } from '@wanxia/schema';
import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { budgetInReach } from '../funding/funding.repository';
import { BudgetCategory } from '../funding/funding.types';
import { MUST_VISIT_OCCASIONS, OCCASION_NAMES, type VisitOccasion } from '../visit/occasions';
import { yearFigures } from './county-stats';
import { reportFigure, reportYuan } from './report-figure';
import type { CountyStats } from './report.types';
import { yearReportFigures } from './year-report';
import type { YearReportFigures } from './year-report.types';
import { representatives } from './year-tables';
import { RepresentativeKind, RepresentativeLevel } from '../party-org/party-org-kinds';

/** The four chapters of the summary, as the bureau's report names them. */
export const CHAPTERS = [
  '聚焦政治引领筑牢坚强堡垒',
  '聚焦服务管理共享改革成果',
  '聚焦作用发挥力促晚霞生辉',
  '聚焦活动开展展示夕阳风采',
] as const;

/** A figure without records for the year: the bureau fills it in. */
const PENDING = Symbol('待补充');
/** Text the bureau writes: shown as a marked placeholder to replace. */
class Placeholder {
  constructor(readonly text: string) {}
}
type Part = string | typeof PENDING | Placeholder;

/** What the summary says, from the data; visits and money only for callers who may read them. */
export interface WorkSummaryFigures {
  year: number;
  scopeName: string;
  asOf: CalendarDate;
  stats: Pick<CountyStats, 'organisation' | 'members' | 'frozenAt' | 'frozenBy'>;
  report: Pick<YearReportFigures, 'rosterChange' | 'yearFigures'>;
  visits: { byOccasion: Map<VisitOccasion, number>; total: number; rate: number | null } | null;
  money: {
    /** The county's own lines (not a branch's) by category, in fen. */
    byCategory: Map<BudgetCategory, number>;
    /** The facility lines one by one, as the report names each project. */
    facilities: { name: string; amountFen: number }[];
    condolenceFen: number;
    condolenceMembers: number;
  } | null;
}

/** Reads the figures of the year within the caller's reach (a frozen year's from its snapshot). */
export async function workSummaryFigures(
  db: Queryable,
  reach: Reach,
  options: { year: number; today: CalendarDate; visits: boolean; funding: boolean },
): Promise<WorkSummaryFigures> {
  const { year, today } = options;
  const [stats, report] = await Promise.all([
    yearFigures(db, reach, year, today),
    yearReportFigures(db, reach, { year, branch: null, today }),
  ]);
  let money: WorkSummaryFigures['money'] = null;
  if (options.funding) {
    const lines = await db.run(sql`
      SELECT bl.category, bl.name, bl.amount_fen AS "amountFen" FROM budget bl
      WHERE bl.year = ${year} AND bl.branch_id IS NULL AND ${budgetInReach('bl', reach)}
      ORDER BY bl.amount_fen DESC, bl.id`);
    const byCategory = new Map<BudgetCategory, number>();
    for (const l of lines) {
      const c = l.category as BudgetCategory;
      byCategory.set(c, (byCategory.get(c) ?? 0) + Number(l.amountFen));
    }
    money = {
      byCategory,
      facilities: lines
        .filter((l) => l.category === BudgetCategory.FACILITIES)
        .map((l) => ({ name: String(l.name), amountFen: Number(l.amountFen) })),
      condolenceFen: report.service.condolenceFen.valueFen,
      condolenceMembers: report.service.condolenceMembers.value,
    };
  }
  return {
    year,
    scopeName: report.scopeName,
    asOf: stats.asOf,
    stats,
    report,
    visits: options.visits
      ? {
          byOccasion: new Map(
            report.service.visitsByOccasion.map((o) => [o.occasion, o.visits.value]),
          ),
          total: report.service.visits.value,
          rate: report.service.coverage.value,
        }
      : null,
    money,
  };
}

/**
 * A count of the party-life, organisation and role-and-activity records, as the report writes
 * it; none at all reads as no records kept for the year (a summary never states "0 lectures"),
 * so it stays for the bureau to fill in.
 */
function recorded(n: number): string | typeof PENDING {
  return n > 0 ? reportFigure(n) : PENDING;
}

function runs(parts: Part[]): TextRun[] {
  return parts.map((p) =>
    p === PENDING
      ? new TextRun({ text: '待补充', highlight: 'yellow', bold: true })
      : p instanceof Placeholder
        ? new TextRun({ text: `【${p.text}】`, highlight: 'yellow', italics: true })
        : new TextRun(p),
  );
}

const BODY: IParagraphOptions = { indent: { firstLine: 480 }, spacing: { line: 360, after: 120 } };
const paragraph = (...parts: Part[]) => new Paragraph({ ...BODY, children: runs(parts) });
const narrative = (text: string) => paragraph(new Placeholder(text));

function politics(f: WorkSummaryFigures): Paragraph[] {
  const { organisation: o, members: m } = f.stats;
  const r = f.report.yearFigures.roleAndActivities;
  const building = f.money?.byCategory.get(BudgetCategory.BRANCH_BUILDING);
  return [
    narrative(
      '请填写：政治引领的总体做法，如重要活动邀请老干部代表参加、专题座谈会、视察调研、荣誉退休和政治生日制度等',
    ),
    paragraph(
      '在党代表、人大政协代表换届中，',
      recorded(representatives(r, RepresentativeKind.PARTY_CONGRESS, RepresentativeLevel.COUNTY)),
      '名老党员当选县党代表，',
      recorded(representatives(r, RepresentativeKind.PEOPLES_CONGRESS, RepresentativeLevel.COUNTY)),
      '名老干部当选县人大代表。',
    ),
    paragraph(
      '坚持线上线下学习教育，开展党性教育活动',
      recorded(r.educationSessions),
      '场次，受众',
      recorded(r.educationAttendees),
      '人；',
      recorded(r.essaysAwardedProvincialOrCity),
      '篇征文获省市奖励。',
    ),
    paragraph(
      `合理设置离退休干部党总支${o.generalBranches}个，党支部${o.branches}个，党员服务管理全覆盖。`,
      building ? `落实创建经费${reportYuan(building)}元，` : '',
      `创建省示范${o.provincial}个、市示范${o.city}个、县示范${o.county}个。建成老党员之家${o.homes}个。`,
    ),
    paragraph(
      `${f.scopeName}在册离退休干部中有中共党员${reportFigure(m.partyMembers)}人，其中${m.medalEligible}人党龄满50年，符合“光荣在党50年”纪念章颁发条件。`,
    ),
  ];
}

function service(f: WorkSummaryFigures): Paragraph[] {
  const total = f.report.rosterChange.rows.at(-1)!;
  const { members: m } = f.stats;
  const out: Paragraph[] = [
    narrative(
      '请填写：县委、县政府重视老干部工作的举措，如出台文件、听取汇报、新春团拜会、“一对一”联系走访等',
    ),
  ];
  if (f.money) {
    const { byCategory, facilities } = f.money;
    if (facilities.length) {
      out.push(
        paragraph(
          `投入设施建设经费：${facilities.map((l) => `${l.name}${reportYuan(l.amountFen)}元`).join('，')}。`,
        ),
      );
    }
    const centre = byCategory.get(BudgetCategory.CENTRE_OPERATIONS);
    if (centre) out.push(paragraph(`县财政预算中心运行经费${reportYuan(centre)}元。`));
  }
  out.push(
    paragraph(
      `${f.scopeName}在册离退休干部${reportFigure(m.active)}人，其中离休干部${reportFigure(m.lixiu)}人、退休干部${reportFigure(m.tuixiu)}人；`,
      `全年新增${total.enrolled.value}人，去世${total.died.value}人，转出${total.transferredOut.value}人。`,
    ),
  );
  if (f.visits) {
    const v = f.visits;
    const parts = MUST_VISIT_OCCASIONS.map(
      (o) => `${OCCASION_NAMES[o]}${reportFigure(v.byOccasion.get(o) ?? 0)}人次`,
    );
    const rate = v.rate === null ? '' : `，“六个必访”按时完成率${(v.rate * 100).toFixed(1)}%`;
    out.push(
      paragraph(
        `坚持“六个必访”，全年走访慰问老干部${reportFigure(v.total)}人次，其中${parts.join('、')}${rate}。`,
      ),
    );
  }
  if (f.money) {
    const assistance = f.money.byCategory.get(BudgetCategory.ASSISTANCE);
    out.push(
      paragraph(
        assistance ? `落实帮扶慰问经费${reportYuan(assistance)}元，` : '',
        `随访发放慰问金${reportYuan(f.money.condolenceFen)}元，惠及${reportFigure(f.money.condolenceMembers)}人。`,
      ),
    );
  }
  return out;
}

function contribution(f: WorkSummaryFigures): Paragraph[] {
  const r = f.report.yearFigures.roleAndActivities;
  return [
    narrative('请填写：志愿服务体系和品牌建设、老党员老干部在基层治理和乡村振兴中发挥作用的事例'),
    paragraph('成立志愿服务队伍', recorded(r.teams), '支', recorded(r.volunteers), '人。'),
    paragraph(
      '有',
      recorded(r.communityBranchSecretaries),
      '名老党员担任小区党支部书记，',
      recorded(r.communityBranchCommittee),
      '名老党员任支部委员；形成有价值的调研报告',
      recorded(r.researchReports),
      '份。',
    ),
    paragraph(
      '开展志愿服务活动',
      recorded(r.volunteerActivities),
      '场次；举办科技讲座',
      recorded(r.scienceLectures),
      '场，受惠群众',
      recorded(r.scienceLectureReach),
      '人；',
      '开展文艺演出活动',
      recorded(r.volunteerPerformances),
      '场，义写春联',
      recorded(r.couplets),
      '幅；自发捐款',
      r.donationsFen > 0 ? reportYuan(r.donationsFen) : PENDING,
      '元。',
    ),
  ];
}

function activities(f: WorkSummaryFigures): Paragraph[] {
  const r = f.report.yearFigures.roleAndActivities;
  const funds = f.money?.byCategory.get(BudgetCategory.ACTIVITIES);
  return [
    narrative('请填写：老年社会团体和文体活动的开展情况、参加省市比赛调演的成绩'),
    paragraph(
      '组建老年社会团体',
      recorded(r.associations),
      '个，开展文体活动',
      recorded(r.associationActivities),
      '场次',
      ...(r.associationAwards > 0
        ? ['，在各级赛事调演中获奖', reportFigure(r.associationAwards), '项']
        : []),
      '。',
    ),
    ...(funds ? [paragraph(`安排文体活动经费${reportYuan(funds)}元。`)] : []),
  ];
}

/**
 * 年度工作总结 as a Word document: the four chapters with the year's figures in the sentences
 * the bureau writes, the narrative left as marked placeholders and the figures without records
 * for the year marked 待补充. A frozen year's figures come from its snapshot.
 */
export function workSummaryDocument(f: WorkSummaryFigures): Document {
  const heading = (text: string) =>
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 240, after: 120 },
      children: [new TextRun(text)],
    });
  const frozen = f.stats.frozenAt ? '，本年度数据已冻结' : '';
  const numbers = ['一', '二', '三', '四'];
  const bodies = [politics(f), service(f), contribution(f), activities(f)];
  return new Document({
    creator: '晚霞 Wanxia',
    title: `${f.year}年度离退休干部工作总结`,
    styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: 'portrait' } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`${f.scopeName}${f.year}年度离退休干部工作总结`)],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [
              new TextRun({
                text: `（数据截至${f.asOf}${frozen}；【】内为待撰写的文字，“待补充”为尚无记录的数字）`,
                size: 20,
              }),
            ],
          }),
          narrative('请填写：总体思路和工作定位'),
          ...CHAPTERS.flatMap((title, i) => [heading(`${numbers[i]}、${title}`), ...bodies[i]]),
        ],
      },
    ],
  });
}

export async function workSummaryBuffer(f: WorkSummaryFigures): Promise<Buffer> {
  return Packer.toBuffer(workSummaryDocument(f));
}
