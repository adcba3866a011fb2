import { startTestApp, type TestApp } from '../../test/harness';

describe('个人设置: your own display name (updateProfile)', () => {
  let t: TestApp;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
  });
  afterAll(() => t.stop());

  const update = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) {
        user { username displayName version } userErrors { field code } } }`,
      { input },
      { token: secretary },
    );
  const me = async () =>
    (await t.gql('{ viewer { user { id displayName version } } }', undefined, { token: secretary }))
      .data!.viewer.user as { id: string; displayName: string; version: number };

  it('changes the name of the one who asks, audited', async () => {
    const before = await me();
    const res = await update({ displayName: '  李书记  ', expectedVersion: before.version });
    expect(res.data!.updateProfile).toEqual({
      user: { username: 'shuji', displayName: '李书记', version: before.version + 1 },
      userErrors: [],
    });
    expect((await me()).displayName).toBe('李书记');
    const audit = await t.gql(
      `query($id: ID) { auditEvents(first: 1, filter: { recordId: $id, operation: "updateProfile" }) {
        nodes { actorLabel changes } } }`,
      { id: before.id },
    );
    expect(audit.data!.auditEvents.nodes[0].changes.displayName).toEqual({
      before: before.displayName,
      after: '李书记',
    });
  });

  it('refuses an empty, too long or stale change, writing nothing', async () => {
    const before = await me();
    expect((await update({ displayName: '   ' })).data!.updateProfile.userErrors).toEqual([
      { field: ['displayName'], code: 'REQUIRED' },
    ]);
    expect((await update({ displayName: '名'.repeat(51) })).data!.updateProfile.userErrors).toEqual(
      [{ field: ['displayName'], code: 'TOO_LONG' }],
    );
    expect(
      (await update({ displayName: '王书记', expectedVersion: before.version - 1 })).data!
        .updateProfile.userErrors,
    ).toEqual([{ field: ['expectedVersion'], code: 'STALE' }]);
    expect(await me()).toEqual(before);
  });
});
