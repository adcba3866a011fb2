import { chineseNumber } from '../seed/demo';
import { Random } from '../seed/random';

/**
 * The shape of a generated province: its cities and their counties, and under each county the
 * general branches (党总支) and branches (党支部) its members belong to. The one place the tree is
 * laid out; the bureaus above them (province, city, county) follow it (bureaus.ts).
 */

/**
 * Hunan's cities (GB/T 2260 prefixes) and their county-level divisions, each with the last two
 * digits of its division code (行政区划代码: 安化县 is 430923, 长沙县 430121).
 */
// prettier-ignore
const CITIES: readonly (readonly [city: string, code: string, counties: string])[] = [
  ['长沙市', '4301', '芙蓉区 02 天心区 03 岳麓区 04 开福区 05 雨花区 11 望城区 12 长沙县 21 浏阳市 81 宁乡市 82'],
  ['株洲市', '4302', '荷塘区 02 芦淞区 03 石峰区 04 天元区 11 渌口区 12 攸县 23 茶陵县 24 炎陵县 25 醴陵市 81'],
  ['湘潭市', '4303', '雨湖区 02 岳塘区 04 湘潭县 21 湘乡市 81 韶山市 82'],
  ['衡阳市', '4304', '珠晖区 05 雁峰区 06 石鼓区 07 蒸湘区 08 南岳区 12 衡阳县 21 衡南县 22 衡山县 23 衡东县 24 祁东县 26 耒阳市 81 常宁市 82'],
  ['邵阳市', '4305', '双清区 02 大祥区 03 北塔区 11 新邵县 22 邵阳县 23 隆回县 24 洞口县 25 绥宁县 27 新宁县 28 城步苗族自治县 29 武冈市 81 邵东市 82'],
  ['岳阳市', '4306', '岳阳楼区 02 云溪区 03 君山区 11 岳阳县 21 华容县 23 湘阴县 24 平江县 26 汨罗市 81 临湘市 82'],
  ['常德市', '4307', '武陵区 02 鼎城区 03 安乡县 21 汉寿县 22 澧县 23 临澧县 24 桃源县 25 石门县 26 津市市 81'],
  ['张家界市', '4308', '永定区 02 武陵源区 11 慈利县 21 桑植县 22'],
  ['益阳市', '4309', '资阳区 02 赫山区 03 南县 21 桃江县 22 安化县 23 沅江市 81'],
  ['郴州市', '4310', '北湖区 02 苏仙区 03 桂阳县 21 宜章县 22 永兴县 23 嘉禾县 24 临武县 25 汝城县 26 桂东县 27 安仁县 28 资兴市 81'],
  ['永州市', '4311', '零陵区 02 冷水滩区 03 东安县 22 双牌县 23 道县 24 江永县 25 宁远县 26 蓝山县 27 新田县 28 江华瑶族自治县 29 祁阳市 81'],
  ['怀化市', '4312', '鹤城区 02 中方县 21 沅陵县 22 辰溪县 23 溆浦县 24 会同县 25 麻阳苗族自治县 26 新晃侗族自治县 27 芷江侗族自治县 28 靖州苗族侗族自治县 29 通道侗族自治县 30 洪江市 81'],
  ['娄底市', '4313', '娄星区 02 双峰县 21 新化县 22 冷水江市 81 涟源市 82'],
  ['湘西土家族苗族自治州', '4331', '吉首市 01 泸溪县 22 凤凰县 23 花垣县 24 保靖县 25 古丈县 26 永顺县 27 龙山县 30'],
];

/** The province the cities belong to: its name and division code. */
export const PROVINCE = { name: '湖南省', code: '430000' } as const;

/** About as many members per general branch and per branch as the demo county has. */
const MEMBERS_PER_GENERAL_BRANCH = 850;
const MEMBERS_PER_BRANCH = 43;
const BRANCH_SIZE = { min: 20, max: 70 } as const;

export interface County {
  name: string;
  city: string;
  /** The six-digit area code its people's ID numbers start with. */
  areaCode: string;
}

export interface BranchPlan {
  name: string;
  kind: 'GENERAL_BRANCH' | 'BRANCH';
  /** Index of the parent in the plan; parents come before their children. */
  parentIndex: number | null;
  county: County;
  /** Members of a branch; 0 for a general branch. */
  size: number;
  demonstrationLevel: 'PROVINCIAL' | 'CITY' | 'COUNTY' | null;
  hasMembersHome: boolean;
  /** Days before `today` it was founded. */
  ageDays: number;
}

export const COUNTIES: readonly County[] = CITIES.flatMap(([city, code, counties]) => {
  const words = counties.split(' ');
  return words
    .filter((_, i) => i % 2 === 0)
    .map((name, i) => ({ name, city, areaCode: `${code}${words[2 * i + 1]}` }));
});

function ordinal(n: number): string {
  return n < 100 ? chineseNumber(n) : String(n);
}

/** `total` split into `parts` sizes between the branch bounds (wider only if the total demands it). */
function split(rng: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => rng.int(BRANCH_SIZE.min, BRANCH_SIZE.max));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w * total) / sum));
  for (let i = 0, left = total - sizes.reduce((a, b) => a + b, 0); left > 0; i++, left--) {
    sizes[i % parts]++;
  }
  return sizes;
}

/**
 * The branches of a province of `memberCount` members, spread over its counties (larger and
 * smaller ones), general branches first within each county, each followed by its branches.
 */
export function layOutProvince(memberCount: number, seed: number): BranchPlan[] {
  const rng = new Random(seed);
  const weights = COUNTIES.map(() => rng.int(5, 15));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const countyMembers = weights.map((w) => Math.floor((w * memberCount) / weightSum));
  countyMembers[0] += memberCount - countyMembers.reduce((a, b) => a + b, 0);

  const plan: BranchPlan[] = [];
  COUNTIES.forEach((county, c) => {
    const members = countyMembers[c];
    if (members === 0) return;
    const generalCount = Math.max(1, Math.round(members / MEMBERS_PER_GENERAL_BRANCH));
    const branchCount = Math.max(generalCount, Math.round(members / MEMBERS_PER_BRANCH));
    const sizes = split(rng, members, branchCount);
    for (let g = 0; g < generalCount; g++) {
      const parentIndex = plan.length;
      const generalName = `${county.name}离退休干部第${ordinal(g + 1)}党总支`;
      plan.push({
        name: generalName,
        kind: 'GENERAL_BRANCH',
        parentIndex: null,
        county,
        size: 0,
        demonstrationLevel: null,
        hasMembersHome: false,
        ageDays: rng.int(15 * 365, 35 * 365),
      });
      // Branches go round the county's general branches in turn.
      for (let b = g, n = 1; b < branchCount; b += generalCount, n++) {
        const level = rng.next();
        plan.push({
          name: `${generalName}第${ordinal(n)}党支部`,
          kind: 'BRANCH',
          parentIndex,
          county,
          size: sizes[b],
          demonstrationLevel:
            level < 0.02 ? 'PROVINCIAL' : level < 0.1 ? 'CITY' : level < 0.18 ? 'COUNTY' : null,
          hasMembersHome: rng.chance(0.67),
          ageDays: rng.int(3 * 365, 15 * 365),
        });
      }
    }
  });
  return plan;
}
