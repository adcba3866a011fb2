/**
 * Answers of the API as the roster tests need them, with `__typename`s as the server sends
 * them (Apollo's cache relies on them). Names and numbers are fictional, as in the demo data.
 */
import type { MemberDetailQuery, RosterMembersQuery } from '../../gql/graphql';
import type { PersonalData } from './personal-data';

export const MEMBER_ID = 'TWVtYmVyOjIyNzM';

type Row = RosterMembersQuery['members']['nodes'][number];

export function rosterRow(overrides: Partial<Row> & Pick<Row, 'id' | 'name'>): Row {
  return {
    __typename: 'Member',
    gender: 'MALE',
    age: 82,
    birthDate: '1944-03-08',
    idCardNumber: '430923********1234',
    retirementType: 'TUIXIU',
    partyYears: 56,
    status: 'ACTIVE',
    phone: '138****5678',
    residenceKind: 'TOWNSHIP',
    residencePlace: '东坪镇',
    eligibleMedals: ['PARTY_50_YEARS'],
    updatedAt: '2026-11-20T02:00:00.000Z',
    branch: { __typename: 'Branch', id: 'QnJhbmNoOjEw', name: '县教育局离退休干部第一党支部' },
    ...overrides,
  } as Row;
}

export function rosterPage(rows: Row[], totalCount: number, hasNextPage = false) {
  return {
    data: {
      members: {
        __typename: 'MemberConnection',
        totalCount,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          hasPreviousPage: false,
          startCursor: rows.length ? 'c-start' : null,
          endCursor: rows.length ? 'c-end' : null,
        },
        nodes: rows,
      },
    },
  };
}

type MemberNode = Extract<NonNullable<MemberDetailQuery['node']>, { __typename: 'Member' }>;

/** 陈菊平 as the API shows her to someone who may not see personal data in full. */
export function memberDetail(overrides: Partial<MemberNode> = {}): MemberNode {
  return {
    __typename: 'Member',
    id: MEMBER_ID,
    version: 1,
    name: '陈菊平',
    gender: 'FEMALE',
    ethnicity: '汉族',
    birthDate: '1931-12-25',
    age: 94,
    idCardNumber: '430923********1689',
    phone: '137****0054',
    address: '东坪镇****',
    residenceKind: 'TOWNSHIP',
    residencePlace: '东坪镇',
    formerUnit: '安化一中',
    formerPosition: '党支部书记',
    rank: '正科级',
    retirementType: 'LIXIU',
    retirementDate: '1987-01-01',
    workStartDate: '1949-03-12',
    partyMember: true,
    partyJoinDate: '1958-10-10',
    fullMembershipDate: '1959-10-10',
    partyStandingFrom: '1959-10-10',
    partyStandingEstimated: false,
    partyYears: 66,
    status: 'ACTIVE',
    deathDate: null,
    deathCause: null,
    transferredOutOn: null,
    transferDestination: null,
    healthStatus: 'FAIR',
    healthNotes: '****',
    livingSituation: 'WITH_FAMILY',
    spouseName: null,
    emergencyContactName: '徐文民',
    emergencyContactRelation: '儿子',
    emergencyContactPhone: '180****8711',
    carePlan: '落实离休待遇，每季度上门走访',
    contactLeader: '县委宣传部部长 夏国平',
    tags: ['离休干部'],
    eligibleMedals: ['PARTY_50_YEARS'],
    nextBirthday: { __typename: 'Birthday', date: '2026-12-25', age: 95 },
    nextDecadeBirthday: { __typename: 'Birthday', date: '2031-12-25', age: 100 },
    createdAt: '2026-11-29T02:34:00.000Z',
    updatedAt: '2026-11-29T02:34:00.000Z',
    branch: {
      __typename: 'Branch',
      id: 'QnJhbmNoOjIz',
      name: '安化一中离退休干部第二党支部',
      ancestors: [{ __typename: 'Branch', id: 'QnJhbmNoOjM', name: '县教育系统离退休干部党总支' }],
    },
    branchHistory: [
      {
        __typename: 'BranchMembership',
        startedOn: '1987-01-01',
        endedOn: '1993-04-24',
        reason: 'ENROLLED',
        note: null,
        branch: null,
      },
      {
        __typename: 'BranchMembership',
        startedOn: '1993-04-24',
        endedOn: null,
        reason: 'TRANSFERRED',
        note: '随单位调整',
        branch: { __typename: 'Branch', id: 'QnJhbmNoOjIz', name: '安化一中离退休干部第二党支部' },
      },
    ],
    ...overrides,
  } as MemberNode;
}

export const FULL_PERSONAL_DATA: PersonalData = {
  __typename: 'PersonalData',
  idCardNumber: '430923193112251689',
  phone: '13743430054',
  address: '东坪镇茶乡社区3号',
  healthNotes: '白内障术后，视力尚可',
  emergencyContactPhone: '18086158711',
} as PersonalData;

export function personalDataResult(personal: PersonalData | null = FULL_PERSONAL_DATA) {
  return {
    data: { node: { __typename: 'Member', id: MEMBER_ID, personalData: personal } },
  };
}

export const TOWNSHIPS = ['东坪镇', '梅城镇', '仙溪镇', '大福镇', '江南镇', '柘溪镇'];
