import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { testIdCard } from '../../test/id-cards';
import { TEST_NOW } from '../../test/constants';
import { keyOf } from '../../kernel/global-id';

const MEMBER = `id status version deathDate transferredOutOn transferDestination
  branch { id } branchHistory { branch { id } startedOn endedOn }`;
const DAY_MS = 24 * 60 * 60 * 1000;

describe('undoing a mistaken death or transfer out (undoMemberStatus)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const undo = (memberId: string, token?: string, expectedVersion?: number) =>
    t.gql(
      `mutation($input: UndoMemberStatusInput!) { undoMemberStatus(input: $input) {
        member { ${MEMBER} } userErrors { field code message } } }`,
      { input: { memberId, expectedVersion } },
      { token },
    );
  const member = async (id: string) =>
    (await t.gql(`query($id: ID!) { node(id: $id) { ... on Member { ${MEMBER} } } }`, { id })).data!
      .node;
  const tasks = async (memberId: string) =>
    (
      await t.gql(
        `query($m: ID) { visitTasks(first: 100, filter: { memberId: $m }) { nodes { id occasion status } } }`,
        { m: memberId },
      )
    ).data!.visitTasks.nodes as { id: string; occasion: string; status: string }[];
  /** An active member with at least one open task. */
  const memberWithOpenTasks = async (skip: number) => {
    const res = await t.gql(
      `{ visitTasks(first: 100, filter: { status: [OPEN], occasion: [HOLIDAY, DECADE_BIRTHDAY, HOSPITALIZATION, DISPUTE, DISASTER] }) {
        nodes { member { id status } } } }`,
    );
    const ids = [
      ...new Set(
        (res.data!.visitTasks.nodes as { member: { id: string; status: string } }[])
          .filter((n) => n.member.status === 'ACTIVE')
          .map((n) => n.member.id),
      ),
    ];
    return ids[skip];
  };
  const recordDeath = (memberId: string) =>
    t.gql(
      `mutation($input: RecordDeathInput!) { recordDeath(input: $input) { member { status } userErrors { code } } }`,
      { input: { memberId, deathDate: '2026-06-10' } },
    );

  it('puts a deceased member back: membership current, tasks reopened, bereavement task withdrawn, audited', async () => {
    const id = await memberWithOpenTasks(0);
    const before = await member(id);
    const openBefore = (await tasks(id)).filter((task) => task.status === 'OPEN').map((x) => x.id);
    expect(openBefore.length).toBeGreaterThan(0);
    expect((await recordDeath(id)).data!.recordDeath.userErrors).toEqual([]);
    const afterDeath = await tasks(id);
    expect(
      afterDeath.filter((task) => task.status === 'OPEN').map((task) => task.occasion),
    ).toEqual(['BEREAVEMENT']);

    const secretary = await t.login('shuji');
    const refused = await undo(id, secretary);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const res = await undo(id);
    expect(res.errors).toBeUndefined();
    const undone = res.data!.undoMemberStatus;
    expect(undone.userErrors).toEqual([]);
    expect(undone.member).toMatchObject({
      status: 'ACTIVE',
      deathDate: null,
      branch: before.branch,
      branchHistory: before.branchHistory,
    });
    const after = await tasks(id);
    expect(after.some((task) => task.occasion === 'BEREAVEMENT')).toBe(false);
    expect(
      after
        .filter((task) => task.status === 'OPEN')
        .map((x) => x.id)
        .sort(),
    ).toEqual([...openBefore].sort());

    const audit = await t.gql(
      `query($id: ID) { auditEvents(first: 1, filter: { recordId: $id, operation: "undoMemberStatus" }) {
        nodes { changes } } }`,
      { id },
    );
    expect(audit.data!.auditEvents.nodes[0].changes.status).toEqual({
      before: 'DECEASED',
      after: 'ACTIVE',
    });

    const again = await undo(id);
    expect(again.data!.undoMemberStatus.userErrors).toEqual([
      expect.objectContaining({ field: ['memberId'], code: 'INVALID_STATE' }),
    ]);
  });

  it('puts a member transferred out back, destination cleared', async () => {
    const id = await memberWithOpenTasks(1);
    const out = await t.gql(
      `mutation($input: RecordTransferOutInput!) { recordTransferOut(input: $input) { userErrors { code } } }`,
      { input: { memberId: id, destination: '长沙市岳麓区' } },
    );
    expect(out.data!.recordTransferOut.userErrors).toEqual([]);
    const res = await undo(id);
    expect(res.data!.undoMemberStatus.member).toMatchObject({
      status: 'ACTIVE',
      transferredOutOn: null,
      transferDestination: null,
    });
    expect(res.data!.undoMemberStatus.member.branchHistory.at(-1).endedOn).toBeNull();
  });

  it('refuses after 30 days, or when the recording is not on the audit trail, writing nothing', async () => {
    const active = await t.gql(
      '{ members(first: 30, filter: { status: [ACTIVE] }) { nodes { id } } }',
    );
    const ids = (active.data!.members.nodes as { id: string }[]).map((n) => n.id).slice(-2);
    // Recorded as deceased some days ago: the row as recordDeath leaves it, and its audit entry.
    const recordedAgo = async (id: string, days: number) => {
      await t.db.run(sql`
        UPDATE member SET status = 'DECEASED', death_date = '2026-05-01', version = version + 1
        WHERE id = ${keyOf(id, 'Member')}`);
      await t.db.run(sql`
        INSERT INTO audit_event (occurred_at, actor_label, request_id, operation, record_type, record_id, changes)
        VALUES (${new Date(TEST_NOW.getTime() - days * DAY_MS)}, 'test', 'test', 'recordDeath', 'Member', ${id}, '{}'::jsonb)`);
      return (await member(id)) as { id: string; version: number };
    };
    const old = await recordedAgo(ids[0], 31);
    const recent = await recordedAgo(ids[1], 29);
    const demoDeceased = await t.gql(
      '{ members(first: 1, filter: { status: [DECEASED] }) { nodes { id version } } }',
    );
    const unknown = demoDeceased.data!.members.nodes[0] as { id: string; version: number };

    for (const refused of [old, unknown]) {
      const res = await undo(refused.id);
      expect(res.data!.undoMemberStatus.userErrors).toEqual([
        expect.objectContaining({ field: ['memberId'], code: 'INVALID_STATE' }),
      ]);
      expect(await member(refused.id)).toMatchObject({
        status: 'DECEASED',
        version: refused.version,
      });
    }
    const stale = await undo(recent.id, undefined, recent.version - 1);
    expect(stale.data!.undoMemberStatus.userErrors).toEqual([
      expect.objectContaining({ field: ['expectedVersion'], code: 'STALE' }),
    ]);
    const ok = await undo(recent.id, undefined, recent.version);
    expect(ok.data!.undoMemberStatus.userErrors).toEqual([]);
    expect(ok.data!.undoMemberStatus.member.status).toBe('ACTIVE');
  });

  it('refuses once the family has been visited', async () => {
    const id = await memberWithOpenTasks(2);
    await recordDeath(id);
    const task = (await tasks(id)).find((x) => x.occasion === 'BEREAVEMENT')!;
    const visit = await t.gql(
      `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { code } } }`,
      {
        input: {
          memberId: id,
          occasion: 'BEREAVEMENT',
          taskId: task.id,
          visitedOn: '2026-06-12',
          visitors: '王书记',
        },
      },
    );
    expect(visit.data!.recordVisit.userErrors).toEqual([]);
    const res = await undo(id);
    expect(res.data!.undoMemberStatus.userErrors).toEqual([
      expect.objectContaining({ field: ['memberId'], code: 'INVALID_STATE' }),
    ]);
    expect((await member(id)).status).toBe('DECEASED');
  });

  it('refuses when someone now on the roster has the ID number', async () => {
    const created = await t.gql(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id branch { id } } userErrors { code } } }`,
      {
        input: {
          name: '钱误',
          idCardNumber: testIdCard('1947-03-03', 7),
          branchId: (await member(await memberWithOpenTasks(3))).branch.id,
          retirementType: 'TUIXIU',
          residenceKind: 'TOWNSHIP',
          residencePlace: '东坪镇',
          partyMember: false,
        },
      },
    );
    const first = created.data!.createMember.member;
    await recordDeath(first.id);
    const twin = await t.gql(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { userErrors { code } } }`,
      {
        input: {
          name: '钱误',
          idCardNumber: testIdCard('1947-03-03', 7),
          branchId: first.branch.id,
          retirementType: 'TUIXIU',
          residenceKind: 'TOWNSHIP',
          residencePlace: '东坪镇',
          partyMember: false,
        },
      },
    );
    expect(twin.data!.createMember.userErrors).toEqual([]);
    const res = await undo(first.id);
    expect(res.data!.undoMemberStatus.userErrors).toEqual([
      expect.objectContaining({ field: ['idCardNumber'], code: 'DUPLICATE' }),
    ]);
    expect((await member(first.id)).status).toBe('DECEASED');
  });
});
