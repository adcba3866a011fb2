import { chineseNumber } from '../seed/demo';
import { Random } from '../seed/random';

/**
 * The shape of a generated province: its cities and their counties, and under each county the
 * general branches (党总支) and branches (党支部) its members belong to. The one place the tree is
 * laid out; the bureaus above them (province, city, county) follow it (bureaus.ts).
 */

/** Hunan's cities (GB/T 2260 prefixes) and their county-level divisions. */
// prettier-ignore
const CITIES: readonly (readonly [city: string, code: string, counties: readonly string[]])[] = [
  ['长沙市', '4301', ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市']],
  ['株洲市', '4302', ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '攸县', '茶陵县', '炎陵县', '醴陵市']],
  ['湘潭市', '4303', ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市']],
  ['衡阳市', '4304', ['珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区', '衡阳县', '衡南县', '衡山县', '衡东县', '祁东县', '耒阳市', '常宁市']],
  ['邵阳市', '4305', ['双清区', '大祥区', '北塔区', '新邵县', '邵阳县', '隆回县', '洞口县', '绥宁县', '新宁县', '城步苗族自治县', '武冈市', '邵东市']],
  ['岳阳市', '4306', ['岳阳楼区', '云溪区', '君山区', '岳阳县', '华容县', '湘阴县', '平江县', '汨罗市', '临湘市']],
  ['常德市', '4307', ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '津市市']],
  ['张家界市', '4308', ['永定区', '武陵源区', '慈利县', '桑植县']],
  ['益阳市', '4309', ['资阳区', '赫山区', '南县', '桃江县', '安化县', '沅江市']],
  ['郴州市', '4310', ['北湖区', '苏仙区', '桂阳县', '宜章县', '永兴县', '嘉禾县', '临武县', '汝城县', '桂东县', '安仁县', '资兴市']],
  ['永州市', '4311', ['零陵区', '冷水滩区', '东安县', '双牌县', '道县', '江永县', '宁远县', '蓝山县', '新田县', '江华瑶族自治县', '祁阳市']],
  ['怀化市', '4312', ['鹤城区', '中方县', '沅陵县', '辰溪县', '溆浦县', '会同县', '麻阳苗族自治县', '新晃侗族自治县', '芷江侗族自治县', '靖州苗族侗族自治县', '通道侗族自治县', '洪江市']],
  ['娄底市', '4313', ['娄星区', '双峰县', '新化县', '冷水江市', '涟源市']],
  ['湘西土家族苗族自治州', '4331', ['吉首市', '泸溪县', '凤凰县', '花垣县', '保靖县', '古丈县', '永顺县', '龙山县']],
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

export const COUNTIES: readonly County[] = CITIES.flatMap(([city, code, counties]) =>
  counties.map((name, i) => ({ name, city, areaCode: `${code}${String(i + 1).padStart(2, '0')}` })),
);

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
