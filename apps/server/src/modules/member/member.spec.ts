import { startTestApp, type TestApp } from '../../test/harness';
import { testIdCard } from '../../test/id-cards';
import { toGlobalId } from '../../kernel/global-id';
import { TEST_TODAY } from '../../test/constants';

const MEMBER_FIELDS = `id name gender birthDate idCardNumber status version age partyYears
  fullMembershipDate partyStandingFrom partyStandingEstimated
  nextBirthday { date age } nextDecadeBirthday { date age } eligibleMedals
  branch { id name } branchHistory { branch { id } startedOn endedOn reason }`;

describe('members (the roster)', () => {
  let t: TestApp;
  let branchId: string;
  let otherBranchId: string;
  let generalBranchId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const res = await t.gql(`{
      b: branches(first: 2, filter: { kind: BRANCH }) { nodes { id } }
      g: branches(first: 1, filter: { kind: GENERAL_BRANCH }) { nodes { id } }
    }`);
    [branchId, otherBranchId] = res.data!.b.nodes.map((n: { id: string }) => n.id);
    generalBranchId = res.data!.g.nodes[0].id;
  });
  afterAll(() => t.stop());

  const total = async (filter: string) =>
    (await t.gql(`{ members(filter: ${filter}) { totalCount } }`)).data!.members
      .totalCount as number;
  const create = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { ${MEMBER_FIELDS} } userErrors { field code message } } }`,
      {
        input,
      },
    );
  const update = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { ${MEMBER_FIELDS} phone } userErrors { field code message } } }`,
      {
        input,
      },
    );
  const base = (overrides: Record<string, unknown> = {}) => ({
    name: '张建国',
    idCardNumber: testIdCard('1946-06-20', 1),
    branchId,
    retirementType: 'TUIXIU',
    residenceKind: 'TOWNSHIP',
    residencePlace: '东坪镇',
    partyMember: true,
    partyJoinDate: '1972-07-01',
    ...overrides,
  });

  describe('the demo roster', () => {
    it('holds about 6,000 plausible members, some deceased and transferred', async () => {
      const all = await total('{}');
      expect(all).toBeGreaterThanOrEqual(5800);
      expect(all).toBeLessThanOrEqual(6200);
      expect(await total('{ status: [DECEASED] }')).toBeGreaterThan(0);
      expect(await total('{ status: [TRANSFERRED_OUT] }')).toBeGreaterThan(0);
      expect(await total('{ retirementType: LIXIU, ageMin: 90 }')).toBeGreaterThan(0);
      expect(await total('{ ageMin: 100 }')).toBeGreaterThan(0);
      expect(await total('{ ageMax: 54 }')).toBe(0);
    });

    it('age ranges partition the roster exactly', async () => {
      const all = await total('{ status: [ACTIVE] }');
      const young = await total('{ status: [ACTIVE], ageMax: 69 }');
      const mid = await total('{ status: [ACTIVE], ageMin: 70, ageMax: 79 }');
      const old = await total('{ status: [ACTIVE], ageMin: 80 }');
      expect(young + mid + old).toBe(all);
    });

    it('finds birthdays in a range that wraps the year end', async () => {
      const wrap = await total('{ birthdayFrom: "12-25", birthdayTo: "01-05" }');
      const end = await total('{ birthdayFrom: "12-25", birthdayTo: "12-31" }');
      const start = await total('{ birthdayFrom: "01-01", birthdayTo: "01-05" }');
      expect(wrap).toBe(end + start);
      expect(wrap).toBeGreaterThan(0);
      const res = await t.gql(
        '{ members(first: 100, filter: { birthdayFrom: "12-25", birthdayTo: "01-05" }) { nodes { birthDate } } }',
      );
      for (const { birthDate } of res.data!.members.nodes) {
        const md = birthDate.slice(5);
        expect(md >= '12-25' || md <= '01-05').toBe(true);
      }
    });

    it('agrees with itself on party years and the 50-year medal', async () => {
      const res = await t.gql(
        '{ members(first: 100, filter: { eligibleForMedal: PARTY_50_YEARS }) { totalCount nodes { partyYears eligibleMedals status } } }',
      );
      expect(res.data!.members.totalCount).toBeGreaterThan(0);
      for (const m of res.data!.members.nodes) {
        expect(m).toMatchObject({ status: 'ACTIVE', eligibleMedals: ['PARTY_50_YEARS'] });
        expect(m.partyYears).toBeGreaterThanOrEqual(49);
      }
      const fifty = await total('{ partyYearsAtLeast: 50, status: [ACTIVE] }');
      expect(res.data!.members.totalCount).toBeGreaterThanOrEqual(fifty);
    });

    it('pages the whole of a filtered roster with cursors, in order, without gaps', async () => {
      const filter = '{ ageMin: 90 }';
      const expected = await total(filter);
      const seen: { id: string; birthDate: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await t.gql(
          `query($after: String) { members(first: 100, after: $after, filter: ${filter}, orderBy: { field: BIRTH_DATE, direction: DESC }) { nodes { id birthDate } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        seen.push(...res.data.members.nodes);
        if (!res.data.members.pageInfo.hasNextPage) break;
        after = res.data.members.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(expected);
      expect(new Set(seen.map((m) => m.id)).size).toBe(expected);
      const dates = seen.map((m) => m.birthDate);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('jumps to a numbered page with offset: the same rows the cursors reach', async () => {
      const query = `query($offset: Int, $after: String) { members(first: 7, offset: $offset, after: $after, filter: { ageMin: 80 }, orderBy: { field: NAME, direction: ASC }) { nodes { id } pageInfo { hasPreviousPage endCursor } } }`;
      const ids = (res: any): string[] => res.data.members.nodes.map((n: { id: string }) => n.id);
      const walked: string[][] = [];
      const cursors: string[] = [];
      for (let page = 0; page < 3; page++) {
        const res: any = await t.gql(query, { after: cursors.at(-1) ?? null });
        walked.push(ids(res));
        cursors.push(res.data.members.pageInfo.endCursor);
      }
      expect(walked[2]).toHaveLength(7);
      const third: any = await t.gql(query, { offset: 14 });
      expect(ids(third)).toEqual(walked[2]);
      expect(third.data.members.pageInfo.hasPreviousPage).toBe(true);
      // After a cursor, offset skips on from it.
      expect(ids(await t.gql(query, { offset: 7, after: cursors[0] }))).toEqual(walked[2]);

      for (const bad of ['offset: -1', 'offset: 10001', 'last: 5, offset: 5']) {
        const res = await t.gql(`{ members(${bad}) { totalCount } }`);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('search', () => {
    let member: { id: string; name: string; idCardNumber: string };
    beforeAll(async () => {
      const res = await create(
        base({ name: '张建国', idCardNumber: testIdCard('1946-06-20', 77) }),
      );
      member = res.data!.createMember.member;
    });

    it.each([['张建国'], ['建国'], ['zhangjianguo'], ['Zhang Jian Guo'], ['zjg'], ['ZJG']])(
      'finds 张建国 by %s',
      async (search) => {
        const res = await t.gql(
          'query($s: String) { members(first: 100, filter: { search: $s }) { nodes { id name } } }',
          { s: search },
        );
        expect(res.data!.members.nodes.map((n: { id: string }) => n.id)).toContain(member.id);
      },
    );

    it('finds a member by the last digits of the ID number', async () => {
      const last6 = testIdCard('1946-06-20', 77).slice(-6);
      const res = await t.gql(
        'query($s: String) { members(filter: { search: $s }) { nodes { id personalData { idCardNumber } } } }',
        { s: last6 },
      );
      expect(res.data!.members.nodes.map((n: { id: string }) => n.id)).toContain(member.id);
      for (const n of res.data!.members.nodes) {
        expect(n.personalData.idCardNumber.endsWith(last6)).toBe(true);
      }
    });

    type Page = {
      nodes: { id: string; name: string }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    // Short Chinese entries are found by their characters and longer ones by trigrams, each
    // page sorted from the matches: the same members in the same order as reading the roster.
    const walk = async (search: string | null, order: string, size: number) => {
      const seen: { id: string; name: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: { members: Page } | null } = await t.gql(
          `query($s: String, $after: String) { members(first: ${size}, after: $after,
            filter: { search: $s }, orderBy: ${order}) { nodes { id name } pageInfo { hasNextPage endCursor } } }`,
          { s: search, after },
        );
        const { nodes, pageInfo } = res.data!.members;
        seen.push(...nodes);
        if (!pageInfo.hasNextPage) return seen;
        after = pageInfo.endCursor;
      }
    };

    it('pages through short and long Chinese entries in the roster’s order', async () => {
      for (const order of [
        '{ field: NAME, direction: ASC }',
        '{ field: BIRTH_DATE, direction: DESC }',
      ]) {
        const roster = await walk(null, order, 100);
        for (const search of ['张', '张建', '建国', '华', '欧阳']) {
          const expected = roster.filter((m) => m.name.includes(search));
          expect(expected.length).toBeGreaterThan(0);
          expect(await walk(search, order, 7)).toEqual(expected);
          expect(await total(`{ search: "${search}" }`)).toBe(expected.length);
        }
      }
    });

    it('finds two characters only side by side', async () => {
      // 张建国 holds both characters, apart.
      const names = (await walk('张国', '{ field: NAME, direction: ASC }', 100)).map((m) => m.name);
      expect(names).not.toContain(member.name);
      expect(names.every((name) => name.includes('张国'))).toBe(true);
    });

    it('lists a name holding the character at the start and further on once', async () => {
      const res = await create(base({ name: '丽丽', idCardNumber: testIdCard('1950-03-03', 31) }));
      const { id } = res.data!.createMember.member;
      const found = await walk('丽', '{ field: NAME, direction: ASC }', 100);
      expect(found.filter((m) => m.id === id)).toHaveLength(1);
      expect(await total('{ search: "丽" }')).toBe(found.length);
    });

    it('treats LIKE wildcards as text', async () => {
      expect(await total('{ search: "%" }')).toBe(0);
      expect(await total('{ search: "_" }')).toBe(0);
    });
  });

  describe('life on the roster', () => {
    it('creates a member, reading birth date and gender from the ID number, with derived fields', async () => {
      const res = (await create(base({ idCardNumber: testIdCard('1956-06-20', 5) }))).data!
        .createMember;
      expect(res.userErrors).toEqual([]);
      expect(res.member).toMatchObject({
        birthDate: '1956-06-20',
        gender: 'MALE',
        status: 'ACTIVE',
        version: 1,
        age: 69, // on 2026-06-15, five days before the 70th birthday
        // Joined 1972-07-01, full membership unknown: 党龄 from 1973-07-01, flagged.
        fullMembershipDate: null,
        partyStandingFrom: '1973-07-01',
        partyStandingEstimated: true,
        partyYears: 52,
        nextBirthday: { date: '2026-06-20', age: 70 },
        nextDecadeBirthday: { date: '2026-06-20', age: 70 },
        eligibleMedals: ['PARTY_50_YEARS'],
        branch: { id: branchId },
        branchHistory: [
          { branch: { id: branchId }, startedOn: TEST_TODAY, endedOn: null, reason: 'ENROLLED' },
        ],
      });
    });

    it('puts a 29 February birthday on 28 February in a common year', async () => {
      const res = (
        await create(
          base({
            name: '闰日',
            idCardNumber: testIdCard('1952-02-29', 3, 'FEMALE'),
            partyJoinDate: null,
          }),
        )
      ).data!.createMember;
      expect(res.member.nextBirthday).toEqual({ date: '2027-02-28', age: 75 });
      expect(res.member.nextDecadeBirthday).toEqual({ date: '2032-02-29', age: 80 });
    });

    it('updates with expectedVersion and refuses a stale one', async () => {
      const m = (
        await create(base({ name: '李秀英', idCardNumber: testIdCard('1950-03-03', 9, 'FEMALE') }))
      ).data!.createMember.member;
      const ok = (await update({ id: m.id, expectedVersion: 1, phone: '13812345678' })).data!
        .updateMember;
      expect(ok.userErrors).toEqual([]);
      expect(ok.member).toMatchObject({ phone: '138****5678', version: 2 }); // masked outside personalData
      const stale = (await update({ id: m.id, expectedVersion: 1, phone: '13900000000' })).data!
        .updateMember;
      expect(stale.member).toBeNull();
      expect(stale.userErrors).toEqual([
        expect.objectContaining({ field: ['expectedVersion'], code: 'STALE' }),
      ]);
      const now = await t.gql(
        `query($id: ID!) { node(id: $id) { ... on Member { version personalData { phone } } } }`,
        { id: m.id },
      );
      expect(now.data!.node).toEqual({ personalData: { phone: '13812345678' }, version: 2 });
    });

    it('transfers a member, keeping the history of branches', async () => {
      const m = (await create(base({ name: '王转', idCardNumber: testIdCard('1949-09-09', 11) })))
        .data!.createMember.member;
      const res = await t.gql(
        `mutation($input: TransferMemberInput!) { transferMember(input: $input) { member { ${MEMBER_FIELDS} } userErrors { field code } } }`,
        { input: { memberId: m.id, branchId: otherBranchId, note: '随子女迁居' } },
      );
      expect(res.data!.transferMember.userErrors).toEqual([]);
      expect(res.data!.transferMember.member.branch.id).toBe(otherBranchId);
      expect(res.data!.transferMember.member.branchHistory).toEqual([
        {
          branch: { id: branchId },
          startedOn: TEST_TODAY,
          endedOn: TEST_TODAY,
          reason: 'ENROLLED',
        },
        {
          branch: { id: otherBranchId },
          startedOn: TEST_TODAY,
          endedOn: null,
          reason: 'TRANSFERRED',
        },
      ]);
      const refused = await t.gql(
        `mutation($input: TransferMemberInput!) { transferMember(input: $input) { userErrors { field code } } }`,
        { input: { memberId: m.id, branchId: generalBranchId } },
      );
      expect(refused.data!.transferMember.userErrors).toEqual([
        { field: ['branchId'], code: 'INVALID' },
      ]);
    });

    it('records a death; the ID number is then free for a current member, and a second death is refused', async () => {
      const idCardNumber = testIdCard('1930-01-15', 13);
      const m = (
        await create(
          base({
            name: '赵故',
            idCardNumber,
            retirementType: 'LIXIU',
            partyJoinDate: '1947-05-01',
          }),
        )
      ).data!.createMember.member;
      const death = (input: Record<string, unknown>) =>
        t.gql(
          `mutation($input: RecordDeathInput!) { recordDeath(input: $input) { member { status age nextBirthday { date } } userErrors { field code } } }`,
          { input },
        );
      expect(
        (await death({ memberId: m.id, deathDate: '1929-12-31' })).data!.recordDeath.userErrors,
      ).toEqual([{ field: ['deathDate'], code: 'TOO_EARLY' }]);
      expect(
        (await death({ memberId: m.id, deathDate: '2026-06-16' })).data!.recordDeath.userErrors,
      ).toEqual([{ field: ['deathDate'], code: 'IN_FUTURE' }]);
      const okRes = await death({ memberId: m.id, deathDate: '2026-05-01' });
      expect(okRes.errors).toBeUndefined();
      const ok = okRes.data!.recordDeath;
      expect(ok).toEqual({
        member: { status: 'DECEASED', age: 96, nextBirthday: null },
        userErrors: [],
      });
      expect(
        (await death({ memberId: m.id, deathDate: '2026-05-02' })).data!.recordDeath.userErrors,
      ).toEqual([{ field: ['memberId'], code: 'NOT_CURRENT' }]);
      const again = (await create(base({ name: '赵故', idCardNumber }))).data!.createMember;
      expect(again.userErrors).toEqual([]);
    });
  });

  describe('bad input gets a userError and writes nothing', () => {
    const valid = testIdCard('1948-08-08', 21);
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const futureId = testIdCard('2030-01-01', 1);

    it.each<[string, Record<string, unknown>, string, string]>([
      [
        'a wrong ID-card check digit',
        { idCardNumber: wrongCheck },
        'idCardNumber',
        'ID_CARD_CHECK_DIGIT',
      ],
      [
        'an ID number of the wrong length',
        { idCardNumber: '43092319480808' },
        'idCardNumber',
        'INVALID_ID_CARD',
      ],
      [
        'a birth date in the future',
        { idCardNumber: futureId, partyJoinDate: null },
        'idCardNumber',
        'IN_FUTURE',
      ],
      [
        'a birth date that contradicts the ID number',
        { idCardNumber: valid, birthDate: '1948-08-09' },
        'birthDate',
        'INVALID',
      ],
      [
        'a party joining date before the 14th birthday',
        { idCardNumber: valid, partyJoinDate: '1962-08-07' },
        'partyJoinDate',
        'TOO_EARLY',
      ],
      [
        'a party joining date after today',
        { idCardNumber: valid, partyJoinDate: '2026-06-16' },
        'partyJoinDate',
        'IN_FUTURE',
      ],
      [
        'an unknown branch',
        { idCardNumber: valid, branchId: toGlobalId('Branch', 999999) },
        'branchId',
        'NOT_FOUND',
      ],
      [
        'a branch id of the wrong type',
        { idCardNumber: valid, branchId: toGlobalId('Member', 1) },
        'branchId',
        'INVALID_ID',
      ],
      ['a malformed branch id', { idCardNumber: valid, branchId: '!!' }, 'branchId', 'INVALID_ID'],
      ['an empty name', { idCardNumber: valid, name: '   ' }, 'name', 'REQUIRED'],
      ['a 200-character name', { idCardNumber: valid, name: '张'.repeat(200) }, 'name', 'TOO_LONG'],
      [
        'a township not in the county',
        { idCardNumber: valid, residencePlace: '北京市' },
        'residencePlace',
        'INVALID',
      ],
      ['a malformed phone number', { idCardNumber: valid, phone: '12345' }, 'phone', 'INVALID'],
    ])('%s', async (_label, overrides, field, code) => {
      const before = await total('{}');
      const res = (await create(base(overrides))).data!.createMember;
      expect(res.member).toBeNull();
      expect(res.userErrors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: [field], code })]),
      );
      expect(res.userErrors[0].message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await total('{}')).toBe(before);
    });

    it.each([
      ['an unknown province code', '000000195001011231', '省级行政区划代码'],
      ['a 15-digit legacy number', '430923480808123', '旧版15位身份证号请换算为18位'],
      ['a birth year before 1800', '430923179912310017', '出生日期无效'],
    ])('%s is refused, saying why', async (_label, idCardNumber, message) => {
      const before = await total('{}');
      const res = (await create(base({ idCardNumber }))).data!.createMember;
      expect(res.member).toBeNull();
      expect(res.userErrors).toEqual([
        {
          field: ['idCardNumber'],
          code: 'INVALID_ID_CARD',
          message: expect.stringContaining(message),
        },
      ]);
      expect(await total('{}')).toBe(before);
    });

    it('a duplicate ID number among current members', async () => {
      const idCardNumber = testIdCard('1951-01-01', 31);
      expect((await create(base({ idCardNumber }))).data!.createMember.userErrors).toEqual([]);
      const dup = (await create(base({ idCardNumber, name: '另一人' }))).data!.createMember;
      expect(dup.userErrors).toEqual([
        expect.objectContaining({ field: ['idCardNumber'], code: 'DUPLICATE' }),
      ]);
    });

    it('a death date before birth on an update path, and a malformed member id', async () => {
      const res = await t.gql(
        `mutation { recordDeath(input: { memberId: "nope", deathDate: "2020-01-01" }) { userErrors { field code } } }`,
      );
      expect(res.data!.recordDeath.userErrors).toEqual([
        { field: ['memberId'], code: 'INVALID_ID' },
      ]);
      const missing = await update({ id: toGlobalId('Member', 999999), phone: '13800000000' });
      expect(missing.data!.updateMember.userErrors).toEqual([
        expect.objectContaining({ field: ['id'], code: 'NOT_FOUND' }),
      ]);
    });
  });
});
