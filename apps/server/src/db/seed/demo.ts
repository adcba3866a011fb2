import { seedDemoCampaign } from './demo-campaign';
import { seedDemoFunding, type DemoFundingSummary } from './demo-funding';
import { seedDemoVisits, type DemoVisitSummary } from './demo-visits';
import { seedDemoPartyLife, type DemoPartyLifeSummary } from './demo-party-life';
import { seedDemoPartyOrg, type DemoPartyOrgSummary } from './demo-party-org';
import { seedDemoEducation, type DemoEducationSummary } from './demo-education';
import { seedDemoVolunteers, type DemoVolunteerSummary } from './demo-volunteers';
import { seedDemoRoles } from './demo-roles';
import { seedDemoAssociations } from './demo-associations';
import { seedDemoCentre, type DemoCentreSummary } from './demo-centre';
import { seedDemoSignup } from './demo-signup';
import {
  addYears,
  anniversaryIn,
  type CalendarDate,
  format,
  idCardCheckChar,
  isCalendarDate,
  isLeapYear,
  parts,
  yearsBetween,
} from '@wanxia/schema';
import { namePinyin } from '../../lib/pinyin';
import { searchColumns } from '../../modules/branch/branch.service';
import { COUNTY_TOWNSHIPS } from '../../modules/member/residence';
import type { Database, Queryable } from '../../kernel/db/database';
import { join, raw, sql } from '../../kernel/db/sql';
import { Random } from './random';
import { DEMO_COUNTY_CODE } from './demo-county';

/**
 * Deterministic demo data for Anhua County (安化县): the branch tree and a roster of retired
 * cadres. Every figure the 2022 county report states is reproduced exactly; everything personal
 * (names, ID numbers, phones, leaders) is generated and fictional.
 */

/** The figures from the county report that the demo data reproduces exactly. */
export const DEMO_FIGURES = {
  generalBranches: 7,
  branches: 140,
  provincial: 3,
  city: 16,
  county: 11,
  homes: 94,
} as const;

export interface DemoOptions {
  /** The date the data is generated "as of"; ages and recent events are relative to it. */
  today: CalendarDate;
  memberCount?: number;
  seed?: number;
}

export interface DemoSummary {
  generalBranches: number;
  branches: number;
  provincial: number;
  city: number;
  county: number;
  homes: number;
  members: { total: number; active: number; deceased: number; transferredOut: number };
  /** Of the members: 离休 cadres and people born on 29 February. */
  lixiu: number;
  leapDayBirths: number;
  memberships: number;
  visits?: DemoVisitSummary;
  funding?: DemoFundingSummary;
  partyLife?: DemoPartyLifeSummary;
  partyOrg?: DemoPartyOrgSummary;
  education?: DemoEducationSummary;
  volunteering?: DemoVolunteerSummary;
  centre?: DemoCentreSummary;
}

const DEFAULT_MEMBER_COUNT = 6000;
/** The report's publication date: an arbitrary but memorable default. */
const DEFAULT_SEED = 20221213;
const BRANCH_SIZE = { min: 20, max: 70 } as const;
const LIXIU_PER_6000 = 25;
const LEAP_DAY_BIRTHS = 4;
/** Founding of the People's Republic: 离休 cadres started work before it. */
const LIXIU_CUTOFF = '1949-10-01';
const INSERT_CHUNK = 2000;

export type Gender = 'MALE' | 'FEMALE';
type DemonstrationLevel = 'PROVINCIAL' | 'CITY' | 'COUNTY';
type MemberStatus = 'ACTIVE' | 'DECEASED' | 'TRANSFERRED_OUT';
type HealthStatus = 'GOOD' | 'FAIR' | 'POOR' | 'BEDRIDDEN';
type LivingSituation = 'ALONE' | 'WITH_SPOUSE' | 'WITH_FAMILY' | 'CARE_HOME';
type Rank = '科员' | '副科级' | '正科级' | '副处级' | '正处级';
/** The line of work a unit belongs to; it decides plausible job titles. */
type WorkSystem = 'ORGAN' | 'FORESTRY' | 'EDUCATION' | 'HEALTH' | 'FINANCE' | 'TOWNSHIP';

// ---------------------------------------------------------------------------------------------
// The branch tree

/**
 * A unit that hosts branches: its label, how many branches it has, and the former unit of its
 * members (`null` for a residential community whose members come from all over the county).
 */
type UnitSpec = readonly [label: string, branches: number, formerUnit?: string | null];

interface GeneralBranchSpec {
  name: string;
  system: WorkSystem;
  meetingPlace: string;
  units: readonly UnitSpec[];
}

// prettier-ignore
const TOWNSHIP_SCHOOLS: UnitSpec[] = [
  '梅城镇', '仙溪镇', '大福镇', '清塘铺镇', '江南镇', '羊角塘镇', '乐安镇', '烟溪镇', '渠江镇',
  '平口镇', '柘溪镇', '奎溪镇', '小淹镇', '滔溪镇', '冷市镇', '龙塘镇', '长塘镇',
].map((township) => [`${township}中心学校`, 1] as const);

const community = (township: string, names: readonly string[]): UnitSpec[] =>
  names.map((name) => [`${township}${name}社区`, 1, null] as const);

/** Seven general branches with 34 + 14 + 30 + 18 + 16 + 14 + 14 = 140 branches. */
// prettier-ignore
const GENERAL_BRANCHES: readonly GeneralBranchSpec[] = [
  {
    name: '县直机关离退休干部党总支',
    system: 'ORGAN',
    meetingPlace: '县老干部活动中心二楼会议室',
    units: [
      ['县委办', 2], ['县政府办', 2], ['县人大办', 1], ['县政协办', 1], ['县纪委监委', 1],
      ['县委组织部', 1], ['县委宣传部', 1], ['县委统战部', 1], ['县委政法委', 1], ['县发改局', 1],
      ['县公安局', 3], ['县人民法院', 1], ['县人民检察院', 1], ['县民政局', 1], ['县人社局', 1],
      ['县住建局', 1], ['县交通运输局', 2], ['县水利局', 2], ['县农业农村局', 2], ['县自然资源局', 1],
      ['县文旅广体局', 1], ['县市场监管局', 1], ['县审计局', 1], ['县统计局', 1], ['县商务局', 1],
      ['县供销社', 1], ['县总工会', 1],
    ],
  },
  {
    name: '县林业局离退休干部党总支',
    system: 'FORESTRY',
    meetingPlace: '县林业局三楼会议室',
    units: [['县林业局', 10], ['县林业科学研究所', 1], ['县国有林场', 2], ['县木材公司', 1]],
  },
  {
    name: '县教育系统离退休干部党总支',
    system: 'EDUCATION',
    meetingPlace: '县教育局五楼会议室',
    units: [
      ['县教育局', 3], ['安化一中', 3], ['安化二中', 2], ['县职业中专', 2], ['县教师进修学校', 1],
      ['县实验小学', 2], ...TOWNSHIP_SCHOOLS,
    ],
  },
  {
    name: '县卫健系统离退休干部党总支',
    system: 'HEALTH',
    meetingPlace: '县人民医院行政楼会议室',
    units: [
      ['县卫健局', 2], ['县人民医院', 4], ['县中医医院', 3], ['县妇幼保健院', 2], ['县疾控中心', 2],
      ['县第二人民医院', 2], ['县卫生监督所', 1], ['梅城镇卫生院', 1], ['东坪镇卫生院', 1],
    ],
  },
  {
    name: '县财税系统离退休干部党总支',
    system: 'FINANCE',
    meetingPlace: '县老干部活动中心三楼多功能厅',
    units: [
      ['县财政局', 5], ['县税务局', 5], ['县非税收入管理局', 1], ['县国库集中收付中心', 1],
      ['县农商银行', 2], ['县农发行', 1], ['县金融办', 1],
    ],
  },
  {
    name: '东坪镇离退休干部党总支',
    system: 'TOWNSHIP',
    meetingPlace: '东坪镇人民政府三楼会议室',
    units: [
      ['东坪镇机关', 2, '东坪镇人民政府'],
      ...community('东坪镇', ['城东', '城西', '城南', '城北', '河滨', '新城', '酉州', '黄沙坪', '柳林坪', '西门', '茶乡', '资江']),
    ],
  },
  {
    name: '梅城镇离退休干部党总支',
    system: 'TOWNSHIP',
    meetingPlace: '梅城镇人民政府二楼会议室',
    units: [
      ['梅城镇机关', 2, '梅城镇人民政府'],
      ...community('梅城镇', ['启安', '文庙', '东华', '北门', '南门', '洢水', '萸江', '新开', '梅山', '城关', '云台', '太平']),
    ],
  },
];

/** Units a member of a residential-community branch may have worked for. */
// prettier-ignore
const COUNTY_UNITS: readonly (readonly [unit: string, system: WorkSystem])[] = [
  ['县委办', 'ORGAN'], ['县政府办', 'ORGAN'], ['县公安局', 'ORGAN'], ['县交通运输局', 'ORGAN'],
  ['县水利局', 'ORGAN'], ['县农业农村局', 'ORGAN'], ['县民政局', 'ORGAN'], ['县发改局', 'ORGAN'],
  ['县供销社', 'ORGAN'], ['县林业局', 'FORESTRY'], ['县教育局', 'EDUCATION'], ['安化一中', 'EDUCATION'],
  ['县实验小学', 'EDUCATION'], ['县人民医院', 'HEALTH'], ['县中医医院', 'HEALTH'], ['县财政局', 'FINANCE'],
  ['县税务局', 'FINANCE'], ['东坪镇人民政府', 'TOWNSHIP'], ['梅城镇人民政府', 'TOWNSHIP'],
];

const COUNTY_SEAT = '东坪镇';
// prettier-ignore
const ROADS = ['酉州路', '资江路', '城南路', '迎宾路', '建设路', '沿河路', '茶马路', '黄沙坪路', '新华路'];
const COUNTY_MEETING_PLACES = [
  '县老干部活动中心二楼会议室',
  '县老干部活动中心三楼多功能厅',
  '县老干部活动中心四楼教室',
];

interface BranchDraft {
  name: string;
  kind: 'GENERAL_BRANCH' | 'BRANCH';
  parentIndex: number | null;
  system: WorkSystem;
  township: string;
  /** The community a residential branch serves, e.g. 城南社区. */
  community: string | null;
  formerUnit: string | null;
  demonstrationLevel: DemonstrationLevel | null;
  demonstrationYear: number | null;
  hasMembersHome: boolean;
  foundedOn: CalendarDate;
  address: string;
  meetingPlace: string;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一 (enough for branch ordinals). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[n % 10]}`;
}

function townshipOf(label: string): string {
  return COUNTY_TOWNSHIPS.find((t) => label.startsWith(t)) ?? COUNTY_SEAT;
}

/** General branches first (indices 0–6), then their branches in order. */
function draftBranches(rng: Random): BranchDraft[] {
  const roots: BranchDraft[] = GENERAL_BRANCHES.map((spec) => {
    const township = spec.system === 'TOWNSHIP' ? townshipOf(spec.name) : COUNTY_SEAT;
    return {
      name: spec.name,
      kind: 'GENERAL_BRANCH',
      parentIndex: null,
      system: spec.system,
      township,
      community: null,
      formerUnit: null,
      demonstrationLevel: null,
      demonstrationYear: null,
      hasMembersHome: false,
      foundedOn: randomDate(rng, '1986-01-01', '1996-12-31'),
      address: `${township}${rng.pick(ROADS)}${rng.int(1, 120)}号`,
      meetingPlace: spec.meetingPlace,
    };
  });

  const children: BranchDraft[] = [];
  GENERAL_BRANCHES.forEach((spec, parentIndex) => {
    const parent = roots[parentIndex];
    for (const [label, count, formerUnit = label] of spec.units) {
      const township = townshipOf(label);
      const communityName = formerUnit === null ? label.slice(township.length) : null;
      // The first branch of a unit is the oldest.
      const foundings = Array.from({ length: count }, () =>
        randomDate(rng, parent.foundedOn, '2016-12-31'),
      ).sort();
      for (let k = 1; k <= count; k++) {
        const ordinal = count === 1 ? '' : `第${chineseNumber(k)}`;
        children.push({
          name: `${label}离退休干部${ordinal}党支部`,
          kind: 'BRANCH',
          parentIndex,
          system: spec.system,
          township,
          community: communityName,
          formerUnit,
          demonstrationLevel: null,
          demonstrationYear: null,
          hasMembersHome: false,
          foundedOn: foundings[k - 1],
          address: `${township}${communityName ?? rng.pick(ROADS)}${rng.int(1, 160)}号`,
          meetingPlace: '',
        });
      }
    }
  });
  if (roots.length !== DEMO_FIGURES.generalBranches || children.length !== DEMO_FIGURES.branches) {
    throw new Error(
      `the branch plan has ${roots.length} general branches and ${children.length} branches`,
    );
  }

  // Demonstration branches are the showcases, so every one of them also runs a home.
  const order = rng.shuffle(children.map((_, i) => i));
  const levels: DemonstrationLevel[] = [
    ...Array<DemonstrationLevel>(DEMO_FIGURES.provincial).fill('PROVINCIAL'),
    ...Array<DemonstrationLevel>(DEMO_FIGURES.city).fill('CITY'),
    ...Array<DemonstrationLevel>(DEMO_FIGURES.county).fill('COUNTY'),
  ];
  order.forEach((childIndex, position) => {
    const branch = children[childIndex];
    if (position < levels.length) {
      branch.demonstrationLevel = levels[position];
      branch.demonstrationYear = rng.int(2017, 2022);
    }
    branch.hasMembersHome = position < DEMO_FIGURES.homes;
    branch.meetingPlace = meetingPlaceOf(rng, branch);
  });

  return [...roots, ...children];
}

function meetingPlaceOf(rng: Random, branch: BranchDraft): string {
  const host =
    branch.community !== null
      ? `${branch.township}${branch.community}`
      : branch.name.split('离退休')[0];
  if (branch.hasMembersHome && rng.chance(0.6)) return `${host}老党员之家`;
  if (branch.township === COUNTY_SEAT && branch.community === null && rng.chance(0.3)) {
    return rng.pick(COUNTY_MEETING_PLACES);
  }
  return rng.pick([`${host}会议室`, `${host}老干部活动室`]);
}

// ---------------------------------------------------------------------------------------------
// People

// prettier-ignore
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7], ['李', 7], ['张', 6], ['刘', 6], ['陈', 5], ['杨', 3], ['黄', 2.5], ['赵', 2], ['吴', 2],
  ['周', 2.5], ['徐', 1.5], ['孙', 1], ['胡', 2], ['朱', 1.2], ['高', 1], ['林', 1], ['何', 1.5],
  ['郭', 1], ['罗', 2], ['谢', 1.5], ['唐', 2], ['邓', 1.5], ['曾', 2], ['彭', 2], ['蒋', 1.5],
  ['谌', 1.5], ['龚', 1.2], ['夏', 1.2], ['贺', 1.5], ['肖', 1.5], ['袁', 1], ['廖', 1], ['熊', 1],
  ['谭', 1.2], ['易', 0.8], ['颜', 0.8], ['姚', 0.8], ['卢', 0.8], ['戴', 0.8], ['文', 0.8], ['梁', 0.8],
  ['邹', 0.8], ['龙', 0.6], ['向', 0.6], ['石', 0.6], ['莫', 0.5], ['蔡', 0.6], ['雷', 0.5], ['丁', 0.5],
  ['方', 0.5], ['姜', 0.5], ['欧阳', 0.3],
];

interface GivenNames {
  whole: readonly string[];
  single: readonly string[];
  first: readonly string[];
  second: readonly string[];
}

// prettier-ignore
const MALE_NAMES: GivenNames = {
  whole: [
    '建国', '国庆', '卫东', '志强', '德明', '文华', '福生', '海林', '长青', '跃进', '新民', '光明',
    '向东', '红兵', '援朝', '爱国', '建华', '永红', '立新', '胜利', '和平', '国强', '春生', '秋生',
    '冬生', '铁军', '湘平', '益民', '振华', '国华', '建平', '正清', '德胜', '金生', '桂生', '云峰',
    '维新', '树林', '松柏', '运来', '雪峰', '资江',
  ],
  single: ['伟', '军', '强', '勇', '斌', '刚', '平', '辉', '林', '涛', '华', '明', '杰', '毅', '波', '峰', '坚'],
  first: ['建', '国', '志', '德', '文', '振', '海', '长', '新', '光', '永', '立', '正', '树', '运', '兴', '金', '湘', '安', '益'],
  second: ['华', '明', '平', '强', '林', '生', '军', '清', '荣', '成', '祥', '福', '贵', '胜', '武', '民', '东', '良', '忠', '发'],
};

// prettier-ignore
const FEMALE_NAMES: GivenNames = {
  whole: [
    '秀英', '桂兰', '玉兰', '秀兰', '凤英', '淑珍', '桂英', '玉珍', '丽华', '春梅', '冬梅', '红梅',
    '翠兰', '素珍', '美华', '月娥', '爱莲', '菊香', '腊梅', '金凤', '雪梅', '建英', '卫红', '小红',
    '立平', '丽娟', '桂香', '满秀',
  ],
  single: ['英', '兰', '芳', '珍', '梅', '霞', '琴', '莲', '娟', '敏', '萍', '菊', '芬', '红', '丽', '燕', '静', '慧'],
  first: ['秀', '桂', '玉', '凤', '淑', '丽', '春', '冬', '翠', '素', '美', '月', '爱', '菊', '金', '雪', '小', '建', '湘'],
  second: ['英', '兰', '珍', '华', '梅', '芳', '莲', '香', '娥', '琴', '霞', '云', '凤', '红', '娟', '萍', '平', '秀'],
};

/** A given name of the members' generation. */
function givenName(rng: Random, gender: Gender): string {
  const names = gender === 'MALE' ? MALE_NAMES : FEMALE_NAMES;
  const style = rng.weighted([
    ['whole', 45],
    ['single', 20],
    ['pair', 35],
  ] as const);
  if (style === 'whole') return rng.pick(names.whole);
  if (style === 'single') return rng.pick(names.single);
  return rng.pick(names.first) + rng.pick(names.second);
}

/** A common surname and a given name of the time. */
export function personName(rng: Random, gender: Gender): { name: string; surname: string } {
  const surname = rng.weighted(SURNAMES);
  return { name: surname + givenName(rng, gender), surname };
}

const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['汉族', 95],
  ['土家族', 1.6],
  ['苗族', 1.4],
  ['瑶族', 1.2],
  ['回族', 0.8],
];

/** 安化县 mostly; a few born in 资阳区, 沅江市 or 长沙市天心区. */
const REGION_CODES: readonly (readonly [string, number])[] = [
  ['430923', 86],
  ['430902', 6],
  ['430981', 4],
  ['430103', 4],
];

const PHONE_PREFIXES = ['38', '39', '37', '58', '59', '87', '80', '35'];

/** Age bands on `today`; men retire at 60, so only women fill the 55–59 band. */
// prettier-ignore
export const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[55, 59], 10], [[60, 64], 14], [[65, 69], 18], [[70, 74], 18], [[75, 79], 15], [[80, 84], 11],
  [[85, 89], 7], [[90, 94], 4], [[95, 99], 2], [[100, 104], 0.6],
];

const SECRETARY_HEALTH: readonly (readonly [HealthStatus, number])[] = [
  ['GOOD', 75],
  ['FAIR', 25],
];

export const JOIN_AGES: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 25], 45],
  [[26, 35], 40],
  [[36, 44], 15],
];

const RANKS: readonly (readonly [Rank, number])[] = [
  ['科员', 38],
  ['副科级', 30],
  ['正科级', 24],
  ['副处级', 7],
  ['正处级', 1],
];
const LIXIU_RANKS: readonly (readonly [Rank, number])[] = [
  ['副科级', 25],
  ['正科级', 40],
  ['副处级', 28],
  ['正处级', 7],
];

const POSITIONS: Record<WorkSystem, Record<'科员' | '副科级' | '正科级', readonly string[]>> = {
  ORGAN: {
    科员: ['科员', '办事员', '干事'],
    副科级: ['副局长', '副主任', '副主任科员'],
    正科级: ['局长', '主任', '党组书记', '主任科员'],
  },
  FORESTRY: {
    科员: ['技术员', '助理工程师', '会计'],
    副科级: ['副局长', '林业站站长', '工程师'],
    正科级: ['局长', '党组书记', '林场场长', '高级工程师'],
  },
  EDUCATION: {
    科员: ['教师', '一级教师', '会计'],
    副科级: ['副校长', '教导主任', '高级教师'],
    正科级: ['校长', '党支部书记', '特级教师'],
  },
  HEALTH: {
    科员: ['医师', '主治医师', '护士', '药剂师'],
    副科级: ['副院长', '科主任', '副主任医师', '护士长'],
    正科级: ['院长', '党委书记', '主任医师'],
  },
  FINANCE: {
    科员: ['科员', '会计', '税务专管员'],
    副科级: ['副局长', '股长', '所长'],
    正科级: ['局长', '党组书记', '主任科员'],
  },
  TOWNSHIP: {
    科员: ['干部', '农技员', '文书'],
    副科级: ['副镇长', '人大副主席', '武装部长'],
    正科级: ['镇党委书记', '镇长', '镇人大主席'],
  },
};
const SENIOR_POSITIONS: Record<'副处级' | '正处级', readonly string[]> = {
  副处级: ['副县长', '县人大常委会副主任', '县政协副主席', '调研员'],
  正处级: ['县人大常委会主任', '县政协主席', '一级调研员'],
};

/** County leaders in one-to-one contact with senior retirees (一对一联系); invented names. */
// prettier-ignore
export const CONTACT_LEADERS = [
  '县委书记 周建新', '县长 彭立华', '县委副书记 刘卫东', '县人大常委会主任 曾繁荣',
  '县政协主席 龚德明', '常务副县长 贺志勇', '县委组织部部长 谌丽娟', '县委宣传部部长 夏国平',
  '县纪委书记 蒋文斌', '副县长 李红梅', '县委常委 王海波', '县委统战部部长 陈秋云',
];

// prettier-ignore
export const TRANSFER_DESTINATIONS = [
  '长沙市天心区离退休干部党支部', '长沙市岳麓区离退休干部党支部', '长沙市开福区离退休干部党支部',
  '益阳市赫山区离退休干部党支部', '益阳市资阳区离退休干部党支部', '深圳市福田区离退休干部党支部',
  '广州市天河区离退休干部党支部',
];

// prettier-ignore
const VILLAGE_NAMES = ['黄沙村', '高桥村', '新民村', '红旗村', '白沙村', '长乐村', '和平村', '金竹村'];
// prettier-ignore
const COMMUNITY_NAMES = ['城南社区', '城北社区', '新华社区', '建设社区', '解放社区', '胜利社区', '河滨社区', '茶乡社区'];
const CITY_ADDRESSES: Record<
  '长沙市' | '益阳市',
  { districts: readonly string[]; roads: readonly string[] }
> = {
  长沙市: {
    districts: ['天心区', '岳麓区', '开福区', '芙蓉区', '雨花区'],
    roads: ['芙蓉中路', '韶山北路', '劳动西路', '桐梓坡路', '书院路', '银盆岭路'],
  },
  益阳市: { districts: ['赫山区', '资阳区'], roads: ['康富路', '桃花仑路', '龙洲路', '金花湖路'] },
};

const HEALTH_NOTES: Record<HealthStatus, readonly string[]> = {
  GOOD: ['高血压，需定期复查', '血脂偏高，注意饮食'],
  FAIR: [
    '高血压，需定期复查',
    '糖尿病，按时服药',
    '冠心病，已安装支架',
    '腰椎间盘突出，行动不便',
    '慢性支气管炎，冬季易发作',
    '听力下降，联系时请大声说话',
    '白内障术后，视力尚可',
    '骨质疏松，注意防跌倒',
  ],
  POOR: [
    '冠心病，已安装支架',
    '脑梗后遗症，右侧肢体乏力',
    '轻度认知障碍，家属陪护',
    '慢性肾病，定期透析',
    '帕金森病，行动迟缓',
    '骨质疏松，注意防跌倒',
  ],
  BEDRIDDEN: ['长期卧床，需专人护理', '脑梗后遗症，长期卧床', '阿尔茨海默病，需专人看护'],
};

export const CARE_PLAN_BY_HEALTH: Record<HealthStatus, string> = {
  GOOD: '身体尚好，每季度上门走访一次',
  FAIR: '每月电话问候，每季度上门走访',
  POOR: '每月上门走访，协调社区医生定期巡诊',
  BEDRIDDEN: '每月上门看望，协助家属落实长期护理',
};

type MemberRole = 'SECRETARY' | 'LIXIU' | 'LEAP_DAY' | 'ORDINARY';

interface MemberDraft {
  branchIndex: number;
  role: MemberRole;
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: Gender;
  ethnicity: string;
  birthDate: CalendarDate;
  idCardNumber: string;
  phone: string | null;
  address: string;
  residenceKind: 'TOWNSHIP' | 'ELSEWHERE';
  residencePlace: string;
  formerUnit: string;
  formerPosition: string;
  rank: Rank;
  retirementType: 'LIXIU' | 'TUIXIU';
  retirementDate: CalendarDate;
  workStartDate: CalendarDate;
  partyMember: boolean;
  partyJoinDate: CalendarDate | null;
  fullMembershipDate: CalendarDate | null;
  status: MemberStatus;
  deathDate: CalendarDate | null;
  transferredOutOn: CalendarDate | null;
  transferDestination: string | null;
  healthStatus: HealthStatus;
  healthNotes: string | null;
  livingSituation: LivingSituation;
  spouseName: string | null;
  emergencyContactName: string;
  emergencyContactRelation: string;
  emergencyContactPhone: string;
  carePlan: string | null;
  contactLeader: string | null;
  tags: string[];
}

interface MembershipDraft {
  memberIndex: number;
  branchIndex: number;
  startedOn: CalendarDate;
  endedOn: CalendarDate | null;
  reason: 'ENROLLED' | 'TRANSFERRED';
  note: string | null;
}

/** Draws members one by one from a single random stream, so the result depends only on the seed. */
class MemberGenerator {
  private readonly usedIdPrefixes = new Set<string>();
  private readonly lixiuBirth: { from: CalendarDate; to: CalendarDate };

  constructor(
    private readonly rng: Random,
    /** A stream of its own, so full-membership dates leave every other drawn value as it was. */
    private readonly probationRng: Random,
    private readonly today: CalendarDate,
    private readonly branches: readonly BranchDraft[],
  ) {
    // Old enough to have started work (at 17) before the cut-off, and over 90 today.
    const latest = minDate(addYears(today, -91), addDays(addYears(LIXIU_CUTOFF, -17), -1));
    this.lixiuBirth = { from: minDate(addYears(today, -104), addYears(latest, -3)), to: latest };
  }

  member(branchIndex: number, role: MemberRole): MemberDraft {
    const { rng, today } = this;
    const branch = this.branches[branchIndex];
    const lixiu = role === 'LIXIU';
    const gender: Gender = rng.chance(lixiu ? 0.85 : 0.65) ? 'MALE' : 'FEMALE';
    const { name, surname } = this.personName(gender);
    const pinyin = namePinyin(name);
    const birthDate = this.birthDate(gender, role);
    const age = yearsBetween(birthDate, today);

    const workStartDate = lixiu
      ? randomDate(
          rng,
          addYears(birthDate, 17),
          minDate(addYears(birthDate, 24), addDays(LIXIU_CUTOFF, -1)),
        )
      : addDays(addYears(birthDate, rng.int(17, 24)), rng.int(0, 364));
    const retirementDate = retirementDateOf(birthDate, gender, today);

    const [formerUnit, system] =
      branch.formerUnit !== null ? [branch.formerUnit, branch.system] : rng.pick(COUNTY_UNITS);
    const rank = rng.weighted(lixiu ? LIXIU_RANKS : RANKS);
    const formerPosition = rng.pick(
      rank === '副处级' || rank === '正处级' ? SENIOR_POSITIONS[rank] : POSITIONS[system][rank],
    );

    const partyMember = role === 'SECRETARY' || lixiu || rng.chance(0.85);
    // Between the 18th and the 45th birthday, mostly young.
    const [joinFrom, joinTo] = lixiu ? [18, 26] : rng.weighted(JOIN_AGES);
    const partyJoinDate = partyMember
      ? addDays(addYears(birthDate, rng.int(joinFrom, joinTo)), rng.int(0, 364))
      : null;

    // Members join their retirees' branch on retiring, or when the branch was set up.
    const startedOn = maxDate(retirementDate, branch.foundedOn);
    const fate = this.fate(role, age, startedOn);

    // A secretary runs the branch, so is well enough to.
    const healthStatus =
      role === 'SECRETARY' ? rng.weighted(SECRETARY_HEALTH) : this.healthStatus(age);
    const livingSituation = this.livingSituation(age, healthStatus);
    const movedAway = fate.status === 'TRANSFERRED_OUT' ? rng.chance(0.7) : rng.chance(0.18);
    const residence = movedAway ? this.cityResidence() : this.townshipResidence(branch);
    const spouse =
      livingSituation === 'WITH_SPOUSE'
        ? this.personName(gender === 'MALE' ? 'FEMALE' : 'MALE')
        : null;
    const contact = this.emergencyContact(gender, surname, spouse, livingSituation);

    const carePlan =
      age >= 80 || livingSituation === 'ALONE'
        ? carePlanOf(healthStatus, livingSituation, lixiu)
        : null;
    const seniorRank = rank === '副处级' || rank === '正处级';
    const contactLeader =
      lixiu || rng.chance(seniorRank ? 0.25 : age >= 85 ? 0.1 : 0.02)
        ? rng.pick(CONTACT_LEADERS)
        : null;

    return {
      branchIndex,
      role,
      name,
      namePinyin: pinyin.full,
      nameInitials: pinyin.initials,
      gender,
      ethnicity: rng.weighted(ETHNICITIES),
      birthDate,
      idCardNumber: this.idCardNumber(birthDate, gender),
      phone: rng.chance(0.02) ? null : this.phone(),
      address: residence.address,
      residenceKind: residence.kind,
      residencePlace: residence.place,
      formerUnit,
      formerPosition,
      rank,
      retirementType: lixiu ? 'LIXIU' : 'TUIXIU',
      retirementDate,
      workStartDate,
      partyMember,
      partyJoinDate,
      fullMembershipDate: partyJoinDate && this.fullMembershipDate(partyJoinDate, lixiu),
      ...fate,
      healthStatus,
      healthNotes: this.healthNotes(healthStatus),
      livingSituation,
      spouseName: spouse?.name ?? null,
      ...contact,
      carePlan,
      contactLeader,
      tags: this.tags({
        role,
        age,
        partyMember,
        status: fate.status,
        healthStatus,
        livingSituation,
      }),
    };
  }

  /** The person's branch history: normally one open row; sometimes an earlier branch first. */
  memberships(memberIndex: number, member: MemberDraft): MembershipDraft[] {
    const { rng, today } = this;
    const branch = this.branches[member.branchIndex];
    const startedOn = maxDate(member.retirementDate, branch.foundedOn);
    if (member.status === 'TRANSFERRED_OUT') {
      return [
        {
          memberIndex,
          branchIndex: member.branchIndex,
          startedOn,
          endedOn: member.transferredOutOn,
          reason: 'ENROLLED',
          note: `转往${member.transferDestination}`,
        },
      ];
    }
    if (member.status === 'ACTIVE' && member.role === 'ORDINARY' && rng.chance(0.02)) {
      const otherIndex = this.otherBranchIndex(member.branchIndex);
      const other = this.branches[otherIndex];
      const firstStart = maxDate(member.retirementDate, other.foundedOn);
      const earliestMove = maxDate(addDays(firstStart, 180), branch.foundedOn);
      const latestMove = addDays(today, -30);
      if (earliestMove <= latestMove) {
        const movedOn = randomDate(rng, earliestMove, latestMove);
        return [
          {
            memberIndex,
            branchIndex: otherIndex,
            startedOn: firstStart,
            endedOn: movedOn,
            reason: 'ENROLLED',
            note: null,
          },
          {
            memberIndex,
            branchIndex: member.branchIndex,
            startedOn: movedOn,
            endedOn: null,
            reason: 'TRANSFERRED',
            note: `由${other.name}转入`,
          },
        ];
      }
    }
    return [
      {
        memberIndex,
        branchIndex: member.branchIndex,
        startedOn,
        // Death ends the membership, as recordDeath does.
        endedOn: member.deathDate ? maxDate(member.deathDate, startedOn) : null,
        reason: 'ENROLLED',
        note: null,
      },
    ];
  }

  private otherBranchIndex(current: number): number {
    for (;;) {
      const index = this.rng.int(0, this.branches.length - 1);
      if (index !== current && this.branches[index].kind === 'BRANCH') return index;
    }
  }

  private personName(gender: Gender): { name: string; surname: string } {
    return personName(this.rng, gender);
  }

  private birthDate(gender: Gender, role: MemberRole): CalendarDate {
    const { rng, today } = this;
    if (role === 'LIXIU') return randomDate(rng, this.lixiuBirth.from, this.lixiuBirth.to);
    const age =
      role === 'SECRETARY'
        ? rng.int(62, 76)
        : rng.int(
            ...rng.weighted(AGE_BANDS.filter(([[from]]) => gender === 'FEMALE' || from >= 60)),
          );
    const birth = randomDate(rng, addDays(addYears(today, -(age + 1)), 1), addYears(today, -age));
    if (role !== 'LEAP_DAY') return birth;
    // Moving back to an earlier 29 February only makes the person older, so the age stays valid.
    let year = parts(birth).year;
    while (!isLeapYear(year) || format(year, 2, 29) > birth) year--;
    return format(year, 2, 29);
  }

  /**
   * 转正: mostly a year after joining; some probations were extended (延长预备期, up to a year
   * more), many during 1966–1976 came years late, and old records, 离休 cadres' above all,
   * often lack the date (null: 党龄 then counts from joining + 1 year, flagged).
   */
  private fullMembershipDate(joined: CalendarDate, lixiu: boolean): CalendarDate | null {
    const rng = this.probationRng;
    const year = parts(joined).year;
    const turbulent = year >= 1966 && year <= 1976;
    const unknown = lixiu ? 0.4 : year < 1966 ? 0.25 : turbulent ? 0.15 : 0.03;
    if (rng.chance(unknown)) return null;
    const dueOn = addYears(joined, 1);
    const r = rng.next();
    const date = turbulent
      ? r < 0.3
        ? addDays(dueOn, rng.int(365, 3 * 365))
        : dueOn
      : r < 0.06
        ? addDays(dueOn, rng.int(180, 365))
        : r < 0.08
          ? addDays(dueOn, rng.int(1, 60))
          : dueOn;
    return date <= this.today ? date : null;
  }

  /** Region, birth date, a sequence whose last digit is odd for men, and the check character. */
  private idCardNumber(birthDate: CalendarDate, gender: Gender): string {
    const region = this.rng.weighted(REGION_CODES);
    const birth = birthDate.replaceAll('-', '');
    for (;;) {
      const sequence = this.rng.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0);
      const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
      if (this.usedIdPrefixes.has(first17)) continue;
      this.usedIdPrefixes.add(first17);
      return first17 + idCardCheckChar(first17);
    }
  }

  private phone(): string {
    return `1${this.rng.pick(PHONE_PREFIXES)}${String(this.rng.int(0, 99_999_999)).padStart(8, '0')}`;
  }

  /** Death is likelier with age; secretaries and 离休 cadres are kept active and on the roster. */
  private fate(
    role: MemberRole,
    age: number,
    startedOn: CalendarDate,
  ): Pick<MemberDraft, 'status' | 'deathDate' | 'transferredOutOn' | 'transferDestination'> {
    const { rng, today } = this;
    const none = { deathDate: null, transferredOutOn: null, transferDestination: null };
    if (role === 'SECRETARY' || role === 'LIXIU') return { status: 'ACTIVE', ...none };
    const deathChance = age < 70 ? 0.015 : age < 80 ? 0.04 : age < 90 ? 0.08 : 0.14;
    const recent = maxDate(addYears(today, -5), addDays(startedOn, 30));
    if (recent <= today && rng.chance(deathChance)) {
      return { status: 'DECEASED', ...none, deathDate: randomDate(rng, recent, today) };
    }
    if (age < 85 && recent <= today && rng.chance(0.021)) {
      return {
        status: 'TRANSFERRED_OUT',
        ...none,
        transferredOutOn: randomDate(rng, recent, today),
        transferDestination: rng.pick(TRANSFER_DESTINATIONS),
      };
    }
    return { status: 'ACTIVE', ...none };
  }

  private healthStatus(age: number): HealthStatus {
    const weights: readonly [number, number, number, number] =
      age < 70
        ? [60, 32, 7, 1]
        : age < 80
          ? [40, 40, 16, 4]
          : age < 90
            ? [20, 40, 30, 10]
            : [8, 32, 38, 22];
    return this.rng.weighted([
      ['GOOD', weights[0]],
      ['FAIR', weights[1]],
      ['POOR', weights[2]],
      ['BEDRIDDEN', weights[3]],
    ]);
  }

  /** Most people in poorer health have a note; a few healthy ones too. */
  private healthNotes(health: HealthStatus): string | null {
    return this.rng.chance(health === 'GOOD' ? 0.12 : 0.8)
      ? this.rng.pick(HEALTH_NOTES[health])
      : null;
  }

  private livingSituation(age: number, health: HealthStatus): LivingSituation {
    const bedridden = health === 'BEDRIDDEN';
    return this.rng.weighted([
      ['ALONE', bedridden ? 0 : age >= 80 ? 18 : 9],
      ['WITH_SPOUSE', age < 75 ? 52 : age < 85 ? 38 : 15],
      ['WITH_FAMILY', age >= 85 ? 50 : 35],
      ['CARE_HOME', bedridden ? 25 : age >= 85 ? 10 : 2],
    ]);
  }

  private townshipResidence(branch: BranchDraft): Residence {
    const { rng } = this;
    // Most live near their branch; the county seat draws the rest.
    const township = rng.chance(0.7)
      ? branch.township
      : rng.chance(0.5)
        ? COUNTY_SEAT
        : rng.pick(COUNTY_TOWNSHIPS);
    const place =
      township === branch.township && branch.community !== null && rng.chance(0.8)
        ? `${branch.community}${rng.int(1, 200)}号`
        : rng.chance(township === COUNTY_SEAT ? 0.85 : 0.5)
          ? `${rng.pick(COMMUNITY_NAMES)}${rng.int(1, 200)}号`
          : `${rng.pick(VILLAGE_NAMES)}${rng.int(1, 12)}组${rng.int(1, 60)}号`;
    return { kind: 'TOWNSHIP', place: township, address: `${township}${place}` };
  }

  private cityResidence(): Residence {
    const { rng } = this;
    const city = rng.chance(0.6) ? '长沙市' : '益阳市';
    const { districts, roads } = CITY_ADDRESSES[city];
    const address = `${city}${rng.pick(districts)}${rng.pick(roads)}${rng.int(1, 399)}号${rng.int(1, 12)}栋${rng.int(1, 6)}0${rng.int(1, 4)}室`;
    return { kind: 'ELSEWHERE', place: city, address };
  }

  private emergencyContact(
    gender: Gender,
    surname: string,
    spouse: { name: string; surname: string } | null,
    living: LivingSituation,
  ): Pick<
    MemberDraft,
    'emergencyContactName' | 'emergencyContactRelation' | 'emergencyContactPhone'
  > {
    const { rng } = this;
    const relation = rng.weighted([
      ['儿子', 45],
      ['女儿', 35],
      ['配偶', spouse !== null ? 25 : 0],
      ['侄子', living === 'ALONE' ? 15 : 3],
    ] as const);
    let name: string;
    if (relation === '配偶' && spouse !== null) name = spouse.name;
    else {
      // Children take the father's surname; a nephew (侄子) is a brother's son.
      const familySurname =
        gender === 'MALE' || relation === '侄子'
          ? surname
          : (spouse?.surname ?? rng.weighted(SURNAMES));
      name = familySurname + givenName(rng, relation === '女儿' ? 'FEMALE' : 'MALE');
    }
    return {
      emergencyContactName: name,
      emergencyContactRelation: relation,
      emergencyContactPhone: this.phone(),
    };
  }

  private tags(m: {
    role: MemberRole;
    age: number;
    partyMember: boolean;
    status: MemberStatus;
    healthStatus: HealthStatus;
    livingSituation: LivingSituation;
  }): string[] {
    const { rng } = this;
    const tags: string[] = [];
    if (m.role === 'LIXIU') tags.push('离休干部');
    if (m.livingSituation === 'ALONE') tags.push('独居');
    if (m.livingSituation === 'WITH_SPOUSE' && m.age >= 65 && rng.chance(0.4)) tags.push('空巢');
    if (m.healthStatus === 'BEDRIDDEN') tags.push('失能');
    const fit =
      m.status === 'ACTIVE' &&
      (m.healthStatus === 'GOOD' || m.healthStatus === 'FAIR') &&
      m.age < 80;
    if (fit && rng.chance(0.3)) {
      tags.push('志愿者');
      if (rng.chance(0.6)) tags.push('银耀安化');
    }
    if (
      fit &&
      m.partyMember &&
      m.healthStatus === 'GOOD' &&
      rng.chance(m.role === 'SECRETARY' ? 0.3 : 0.05)
    ) {
      tags.push('党员示范岗');
    }
    return tags;
  }
}

interface Residence {
  kind: 'TOWNSHIP' | 'ELSEWHERE';
  place: string;
  address: string;
}

function carePlanOf(health: HealthStatus, living: LivingSituation, lixiu: boolean): string {
  const steps: string[] = [];
  if (lixiu) steps.push('落实离休待遇，县领导一对一联系');
  if (living === 'ALONE') steps.push('独居，安排邻近党员每周上门看望');
  if (living === 'CARE_HOME') steps.push('入住养老机构，每季度到院看望');
  else steps.push(CARE_PLAN_BY_HEALTH[health]);
  return steps.join('；');
}

/** Retirement at 60 for men and 55 for women, from the first of the month after the birthday. */
function retirementDateOf(
  birthDate: CalendarDate,
  gender: Gender,
  today: CalendarDate,
): CalendarDate {
  const birthday = anniversaryIn(birthDate, parts(birthDate).year + (gender === 'MALE' ? 60 : 55));
  const { year, month } = parts(birthday);
  const following = month === 12 ? format(year + 1, 1, 1) : format(year, month + 1, 1);
  return following <= today ? following : birthday;
}

/** Branch sizes between 20 and 70 (wider only if the count demands it) adding up to `total`. */
function branchSizes(rng: Random, branchCount: number, total: number): number[] {
  const min = Math.min(BRANCH_SIZE.min, Math.floor(total / branchCount));
  const max = Math.max(BRANCH_SIZE.max, Math.ceil(total / branchCount));
  // Squared weights skew the sizes: many middling branches, a few large ones.
  const weights = Array.from({ length: branchCount }, () => 0.05 + rng.next() ** 2);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const spare = total - min * branchCount;
  const sizes = weights.map((w) => Math.min(max, min + Math.floor((spare * w) / weightSum)));
  let missing = total - sizes.reduce((a, b) => a + b, 0);
  while (missing > 0) {
    const i = rng.int(0, branchCount - 1);
    if (sizes[i] < max) {
      sizes[i]++;
      missing--;
    }
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on `YYYY-MM-DD` strings (through UTC day numbers, so no time zone applies)

const DAY_MS = 86_400_000;

function dayNumber(date: CalendarDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(days: number): CalendarDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

function randomDate(rng: Random, from: CalendarDate, to: CalendarDate): CalendarDate {
  return fromDayNumber(rng.int(dayNumber(from), dayNumber(to)));
}

function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Writing

type CellValue = string | number | boolean | null;

export interface Column<T> {
  name: string;
  /** Element type of the array parameter the column is unnested from. */
  type: 'int' | 'text' | 'date' | 'boolean';
  value: (row: T) => CellValue;
  /** How the unnested value `t.<name>` becomes the stored one, when it is not stored as is. */
  select?: string;
}

/** A branch as the generators write it, with the paths and search columns the app writes. */
export interface BranchInsert {
  id: number;
  name: string;
  kind: 'GENERAL_BRANCH' | 'BRANCH';
  parentId: number | null;
  path: string;
  depth: number;
  bureauId: number;
  demonstrationLevel: string | null;
  demonstrationYear: number | null;
  hasMembersHome: boolean;
  foundedOn: CalendarDate;
  address: string;
  meetingPlace: string;
}

export const BRANCH_COLUMNS: readonly Column<BranchInsert>[] = [
  { name: 'id', type: 'int', value: (b) => b.id },
  { name: 'name', type: 'text', value: (b) => b.name },
  { name: 'name_pinyin', type: 'text', value: (b) => searchColumns(b.name).namePinyin },
  { name: 'search_text', type: 'text', value: (b) => searchColumns(b.name).searchText },
  { name: 'kind', type: 'text', value: (b) => b.kind },
  { name: 'parent_id', type: 'int', value: (b) => b.parentId },
  { name: 'path', type: 'text', value: (b) => b.path },
  { name: 'depth', type: 'int', value: (b) => b.depth },
  { name: 'bureau_id', type: 'int', value: (b) => b.bureauId },
  { name: 'demonstration_level', type: 'text', value: (b) => b.demonstrationLevel },
  { name: 'demonstration_year', type: 'int', value: (b) => b.demonstrationYear },
  { name: 'has_members_home', type: 'boolean', value: (b) => b.hasMembersHome },
  { name: 'founded_on', type: 'date', value: (b) => b.foundedOn },
  { name: 'address', type: 'text', value: (b) => b.address },
  { name: 'meeting_place', type: 'text', value: (b) => b.meetingPlace },
];

/** One `INSERT … SELECT … FROM unnest(…)` per chunk: a parameter per column, not per cell. */
export async function insertRows<T>(
  tx: Queryable,
  table: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
) {
  const names = columns.map((c) => c.name).join(', ');
  const selects = columns.map((c) => c.select ?? `t.${c.name}`).join(', ');
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    const arrays = columns.map((c) => sql`${chunk.map(c.value)}::${raw(c.type)}[]`);
    await tx.run(
      sql`INSERT INTO ${raw(table)} (${raw(names)}) SELECT ${raw(selects)} FROM unnest(${join(arrays, ', ')}) AS t(${raw(names)})`,
    );
  }
}

/** Takes `count` ids from a table's serial sequence, so paths and references are known before inserting. */
export async function reserveIds(tx: Queryable, table: string, count: number): Promise<number[]> {
  const rows = await tx.run(
    sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`,
  );
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

type BranchRow = BranchDraft & BranchInsert;

type MemberRow = MemberDraft & { id: number; branchId: number };

/**
 * Every member column except the generated `search_text`, `birth_md` and `party_standing_from`
 * and the defaults.
 */
const MEMBER_COLUMNS: readonly Column<MemberRow>[] = [
  { name: 'id', type: 'int', value: (m) => m.id },
  { name: 'name', type: 'text', value: (m) => m.name },
  { name: 'name_pinyin', type: 'text', value: (m) => m.namePinyin },
  { name: 'name_initials', type: 'text', value: (m) => m.nameInitials },
  { name: 'gender', type: 'text', value: (m) => m.gender },
  { name: 'ethnicity', type: 'text', value: (m) => m.ethnicity },
  { name: 'birth_date', type: 'date', value: (m) => m.birthDate },
  { name: 'id_card_number', type: 'text', value: (m) => m.idCardNumber },
  { name: 'phone', type: 'text', value: (m) => m.phone },
  { name: 'address', type: 'text', value: (m) => m.address },
  { name: 'residence_kind', type: 'text', value: (m) => m.residenceKind },
  { name: 'residence_place', type: 'text', value: (m) => m.residencePlace },
  { name: 'former_unit', type: 'text', value: (m) => m.formerUnit },
  { name: 'former_position', type: 'text', value: (m) => m.formerPosition },
  { name: 'rank', type: 'text', value: (m) => m.rank },
  { name: 'retirement_type', type: 'text', value: (m) => m.retirementType },
  { name: 'retirement_date', type: 'date', value: (m) => m.retirementDate },
  { name: 'work_start_date', type: 'date', value: (m) => m.workStartDate },
  { name: 'party_member', type: 'boolean', value: (m) => m.partyMember },
  { name: 'party_join_date', type: 'date', value: (m) => m.partyJoinDate },
  { name: 'full_membership_date', type: 'date', value: (m) => m.fullMembershipDate },
  { name: 'branch_id', type: 'int', value: (m) => m.branchId },
  { name: 'status', type: 'text', value: (m) => m.status },
  { name: 'death_date', type: 'date', value: (m) => m.deathDate },
  { name: 'transferred_out_on', type: 'date', value: (m) => m.transferredOutOn },
  { name: 'transfer_destination', type: 'text', value: (m) => m.transferDestination },
  { name: 'health_status', type: 'text', value: (m) => m.healthStatus },
  { name: 'health_notes', type: 'text', value: (m) => m.healthNotes },
  { name: 'living_situation', type: 'text', value: (m) => m.livingSituation },
  { name: 'spouse_name', type: 'text', value: (m) => m.spouseName },
  { name: 'emergency_contact_name', type: 'text', value: (m) => m.emergencyContactName },
  { name: 'emergency_contact_relation', type: 'text', value: (m) => m.emergencyContactRelation },
  { name: 'emergency_contact_phone', type: 'text', value: (m) => m.emergencyContactPhone },
  { name: 'care_plan', type: 'text', value: (m) => m.carePlan },
  { name: 'contact_leader', type: 'text', value: (m) => m.contactLeader },
  // A text[] per row cannot ride in a flat array parameter; tags never contain a comma.
  {
    name: 'tags',
    type: 'text',
    value: (m) => m.tags.join(','),
    select: `string_to_array(t.tags, ',')`,
  },
];

type MembershipRow = MembershipDraft & { memberId: number; branchId: number };

const MEMBERSHIP_COLUMNS: readonly Column<MembershipRow>[] = [
  { name: 'member_id', type: 'int', value: (r) => r.memberId },
  { name: 'branch_id', type: 'int', value: (r) => r.branchId },
  { name: 'started_on', type: 'date', value: (r) => r.startedOn },
  { name: 'ended_on', type: 'date', value: (r) => r.endedOn },
  { name: 'reason', type: 'text', value: (r) => r.reason },
  { name: 'note', type: 'text', value: (r) => r.note },
];

// ---------------------------------------------------------------------------------------------
// The seed

/** Everything the seed inserts, computed before touching the database. */
interface DemoPlan {
  branches: BranchDraft[];
  members: MemberDraft[];
  memberships: MembershipDraft[];
  /** Branch index → member index of its secretary. */
  secretaries: Map<number, number>;
}

function planDemo(today: CalendarDate, memberCount: number, seed: number): DemoPlan {
  const rng = new Random(seed);
  const branches = draftBranches(rng);
  const branchIndices = branches.flatMap((b, i) => (b.kind === 'BRANCH' ? [i] : []));
  const sizes = branchSizes(rng, branchIndices.length, memberCount);

  // Slot 0 of each branch is its secretary; 离休 and leap-day roles go to other random slots.
  const slots = branchIndices.flatMap((branchIndex, k) =>
    Array.from({ length: sizes[k] }, (_, position) => ({ branchIndex, position })),
  );
  const roles: MemberRole[] = slots.map((s) => (s.position === 0 ? 'SECRETARY' : 'ORDINARY'));
  const ordinary = rng.shuffle(roles.flatMap((role, i) => (role === 'ORDINARY' ? [i] : [])));
  const lixiuCount = Math.min(Math.round((LIXIU_PER_6000 * memberCount) / 6000), ordinary.length);
  ordinary.slice(0, lixiuCount).forEach((i) => (roles[i] = 'LIXIU'));
  ordinary.slice(lixiuCount, lixiuCount + LEAP_DAY_BIRTHS).forEach((i) => (roles[i] = 'LEAP_DAY'));

  const generator = new MemberGenerator(rng, new Random(seed ^ 0x2b1a_5eed), today, branches);
  const members = slots.map((slot, i) => generator.member(slot.branchIndex, roles[i]));
  const memberships = members.flatMap((m, i) => generator.memberships(i, m));

  const secretaries = new Map<number, number>();
  members.forEach((m, i) => {
    if (m.role === 'SECRETARY') secretaries.set(m.branchIndex, i);
  });
  // A general branch's secretary is an active party member from one of its branches.
  branches.forEach((branch, index) => {
    if (branch.kind !== 'GENERAL_BRANCH') return;
    const eligible = members.flatMap((m, i) =>
      branches[m.branchIndex].parentIndex === index && m.status === 'ACTIVE' && m.partyMember
        ? [i]
        : [],
    );
    const preferred = eligible.filter(
      (i) => members[i].role === 'ORDINARY' && yearsBetween(members[i].birthDate, today) < 78,
    );
    const pool = preferred.length > 0 ? preferred : eligible;
    if (pool.length > 0) secretaries.set(index, rng.pick(pool));
  });

  return { branches, members, memberships, secretaries };
}

/**
 * Loads the demo branch tree and roster in one transaction into an empty database. The same
 * options always produce the same rows (the ids too, when the sequences start fresh).
 */
export async function seedDemo(db: Database, options: DemoOptions): Promise<DemoSummary> {
  const { today, memberCount = DEFAULT_MEMBER_COUNT, seed = DEFAULT_SEED } = options;
  if (!isCalendarDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${today}`);
  if (!Number.isInteger(memberCount) || memberCount < 0) {
    throw new RangeError(`memberCount must be a whole number, got ${memberCount}`);
  }
  const plan = planDemo(today, memberCount, seed);

  return db.transaction(async (tx) => {
    const [existing] = await tx.run(
      sql`SELECT (SELECT count(*) FROM branch) + (SELECT count(*) FROM member) AS n`,
    );
    if (Number(existing.n) > 0)
      throw new Error('the demo seed needs an empty roster (no branches or members)');

    const [county] = await tx.run(sql`SELECT id FROM bureau WHERE code = ${DEMO_COUNTY_CODE}`);
    const bureauId = Number(county.id);
    const branchIds = await reserveIds(tx, 'branch', plan.branches.length);
    const branchRows: BranchRow[] = [];
    plan.branches.forEach((draft, i) => {
      const parent = draft.parentIndex === null ? null : branchRows[draft.parentIndex];
      const id = branchIds[i];
      branchRows.push({
        ...draft,
        id,
        bureauId,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: parent === null ? 0 : parent.depth + 1,
      });
    });
    await insertRows(tx, 'branch', BRANCH_COLUMNS, branchRows);

    const memberIds = await reserveIds(tx, 'member', plan.members.length);
    const memberRows: MemberRow[] = plan.members.map((m, i) => ({
      ...m,
      id: memberIds[i],
      branchId: branchRows[m.branchIndex].id,
    }));
    await insertRows(tx, 'member', MEMBER_COLUMNS, memberRows);

    const membershipRows: MembershipRow[] = plan.memberships.map((r) => ({
      ...r,
      memberId: memberIds[r.memberIndex],
      branchId: branchRows[r.branchIndex].id,
    }));
    await insertRows(tx, 'branch_membership', MEMBERSHIP_COLUMNS, membershipRows);

    const secretaries = [...plan.secretaries].sort(([a], [b]) => a - b);
    if (secretaries.length > 0) {
      await tx.run(sql`
        UPDATE branch SET secretary_id = s.member_id
        FROM unnest(${secretaries.map(([b]) => branchRows[b].id)}::int[], ${secretaries.map(([, m]) => memberIds[m])}::int[])
          AS s(branch_id, member_id)
        WHERE branch.id = s.branch_id`);
    }

    const visits = await seedDemoVisits(tx, today);
    const funding = await seedDemoFunding(tx, today);
    await seedDemoCampaign(tx, today);
    const partyLife = await seedDemoPartyLife(tx, today);
    const partyOrg = await seedDemoPartyOrg(tx, today);
    const education = await seedDemoEducation(tx, today);
    const volunteering = await seedDemoVolunteers(tx, today);
    await seedDemoRoles(tx, today);
    await seedDemoAssociations(tx, today);
    const centre = await seedDemoCentre(tx, today);
    await seedDemoSignup(tx, today);
    return {
      ...summarize(plan),
      visits,
      funding,
      partyLife,
      partyOrg,
      education,
      volunteering,
      centre,
    };
  });
}

function summarize({ branches, members, memberships }: DemoPlan): DemoSummary {
  const children = branches.filter((b) => b.kind === 'BRANCH');
  const level = (l: DemonstrationLevel) =>
    children.filter((b) => b.demonstrationLevel === l).length;
  const status = (s: MemberStatus) => members.filter((m) => m.status === s).length;
  return {
    generalBranches: branches.length - children.length,
    branches: children.length,
    provincial: level('PROVINCIAL'),
    city: level('CITY'),
    county: level('COUNTY'),
    homes: children.filter((b) => b.hasMembersHome).length,
    members: {
      total: members.length,
      active: status('ACTIVE'),
      deceased: status('DECEASED'),
      transferredOut: status('TRANSFERRED_OUT'),
    },
    lixiu: members.filter((m) => m.retirementType === 'LIXIU').length,
    leapDayBirths: members.filter((m) => m.birthDate.endsWith('-02-29')).length,
    memberships: memberships.length,
  };
}
