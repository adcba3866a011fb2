import { startTestApp, type TestApp } from '../../test/harness';

describe('recording a death with its cause and the family contact (recordDeath)', () => {
  let t: TestApp;
  let memberId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const res = await t.gql('{ members(first: 1, filter: { status: [ACTIVE] }) { nodes { id } } }');
    memberId = res.data!.members.nodes[0].id;
  });
  afterAll(() => t.stop());

  const death = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: RecordDeathInput!) { recordDeath(input: $input) {
        member { status deathDate deathCause emergencyContactName emergencyContactRelation
          personalData { emergencyContactPhone } }
        userErrors { field code } } }`,
      { input: { memberId, deathDate: '2026-06-14', ...input } },
    );

  it('refuses a bad family phone or an overlong cause, writing nothing', async () => {
    const res = await death({ familyContactPhone: 'abc', cause: '病'.repeat(201) });
    expect(res.data!.recordDeath.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ['familyContactPhone'] }),
        expect.objectContaining({ field: ['cause'], code: 'TOO_LONG' }),
      ]),
    );
    const node = await t.gql(`query($id: ID!) { node(id: $id) { ... on Member { status } } }`, {
      id: memberId,
    });
    expect(node.data!.node.status).toBe('ACTIVE');
  });

  it('keeps the cause, and the family contact as the emergency contact', async () => {
    const res = await death({
      cause: ' 心力衰竭 ',
      familyContactName: '李秀英',
      familyContactRelation: '女儿',
      familyContactPhone: '13907391234',
    });
    expect(res.data!.recordDeath).toEqual({
      member: {
        status: 'DECEASED',
        deathDate: '2026-06-14',
        deathCause: '心力衰竭',
        emergencyContactName: '李秀英',
        emergencyContactRelation: '女儿',
        personalData: { emergencyContactPhone: '13907391234' },
      },
      userErrors: [],
    });
  });
});
