import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import sharp from 'sharp';
import { raw, sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) {
  activity { id attendance { participants present } attachments { fileName contentType thumbnailUrl } }
  userErrors { field code } } }`;

/** A meeting recorded with its photos: uploaded first, taken by createActivity in its transaction. */
describe('activities: files uploaded ahead of the activity that takes them', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;
  let branchId: string;
  let members: string[];
  const photos: Buffer[] = [];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.adminToken();
    secretary = await t.login('shuji');
    const res = await t.gql(`{ branches(first: 1, filter: { kind: BRANCH }) { nodes { id } }
      members(first: 40) { nodes { id } } }`);
    branchId = res.data!.branches.nodes[0].id;
    members = res.data!.members.nodes.map((m: { id: string }) => m.id);
    for (const r of [40, 120, 200])
      photos.push(
        await sharp({
          create: { width: 640, height: 480, channels: 3, background: { r, g: 60, b: 60 } },
        })
          .jpeg()
          .toBuffer(),
      );
  });
  afterAll(() => t.stop());

  const count = async (table: string) =>
    Number((await t.db.run(sql`SELECT count(*)::int AS n FROM ${raw(table)}`))[0].n);

  async function upload(body: Buffer, filename: string, token = admin) {
    const res = await t.http(`/api/attachments?filename=${encodeURIComponent(filename)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  const meeting = (attachmentUploadIds: string[], token = admin) =>
    t.gql(
      CREATE,
      {
        input: {
          kind: 'BRANCH_MEMBERS_MEETING',
          title: '第四季度支部党员大会',
          startsAt: '2026-11-20T09:00:00+08:00',
          endsAt: '2026-11-20T11:00:00+08:00',
          organiser: { kind: 'BRANCH', branchId },
          participants: members.map((memberId) => ({ memberId, attendance: 'PRESENT' })),
          attachmentUploadIds,
        },
      },
      { token },
    );

  it('records a meeting with 40 participants and 3 photos in one transaction', async () => {
    expect(members).toHaveLength(40);
    const ids: string[] = [];
    for (const [i, photo] of photos.entries()) {
      const res = await upload(photo, `会场${i + 1}.jpg`);
      expect(res.status).toBe(201);
      expect(res.body.upload).toMatchObject({
        fileName: `会场${i + 1}.jpg`,
        contentType: 'image/jpeg',
      });
      ids.push(res.body.upload.id);
    }
    expect(await count('attachment_upload')).toBe(3);

    const counted = await t.db.countStatements(() => meeting(ids));
    const res = (await meeting([])).data!.createActivity; // a second meeting, no files
    expect(res.userErrors).toEqual([]);
    const withPhotos = await t.gql(
      `{ activities(first: 5, filter: { from: "2026-11-20", to: "2026-11-20" }) { nodes {
        attendance { participants } attachments { fileName thumbnailUrl } } } }`,
    );
    const recorded = withPhotos.data!.activities.nodes.find(
      (a: { attachments: unknown[] }) => a.attachments.length > 0,
    );
    expect(recorded.attendance.participants).toBe(40);
    expect(recorded.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      '会场1.jpg',
      '会场2.jpg',
      '会场3.jpg',
    ]);
    expect(recorded.attachments.every((a: { thumbnailUrl: string | null }) => a.thumbnailUrl)).toBe(
      true,
    );
    expect(await count('attachment_upload')).toBe(0);
    // One transaction: the uploads are claimed in one statement, whatever their number.
    expect(counted.count).toBeLessThanOrEqual(12);
  });

  it('takes nothing when one upload is not the caller’s, and keeps the caller’s for a retry', async () => {
    const mine = (await upload(photos[0], '我的.jpg')).body.upload.id as string;
    const theirs = (await upload(photos[1], '别人的.jpg', secretary)).body.upload.id as string;
    const before = await Promise.all(
      ['activity', 'activity_participant', 'activity_attachment'].map(count),
    );

    const refused = (await meeting([mine, theirs])).data!.createActivity;
    expect(refused.activity).toBeNull();
    expect(refused.userErrors).toEqual([
      { field: ['attachmentUploadIds', '1'], code: 'NOT_FOUND' },
    ]);
    expect(
      await Promise.all(['activity', 'activity_participant', 'activity_attachment'].map(count)),
    ).toEqual(before);

    const bad = (await meeting(['not-an-id'])).data!.createActivity;
    expect(bad.userErrors).toEqual([{ field: ['attachmentUploadIds', '0'], code: 'INVALID_ID' }]);

    const retried = (await meeting([mine])).data!.createActivity;
    expect(retried.userErrors).toEqual([]);
    expect(retried.activity.attachments).toHaveLength(1);
    // Taken once: the same upload cannot be attached to a second activity.
    const again = (await meeting([mine])).data!.createActivity;
    expect(again.userErrors).toEqual([{ field: ['attachmentUploadIds', '0'], code: 'NOT_FOUND' }]);
    // node(id) does not reveal an upload.
    const node = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: theirs });
    expect(node.data!.node).toBeNull();
  });

  it('refuses a spoofed file and an empty one before keeping anything', async () => {
    const before = await count('attachment_upload');
    const spoofed = await upload(Buffer.from('MZ not a picture'), '照片.jpg');
    expect(spoofed.status).toBe(415);
    expect(spoofed.body.error.code).toBe('UNSUPPORTED_TYPE');
    const empty = await upload(Buffer.alloc(0), 'empty.jpg');
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('EMPTY');
    const anonymous = await t.http('/api/attachments', { method: 'POST', body: 'x' });
    expect(anonymous.status).toBe(401);
    const viewer = await upload(photos[0], '查阅.jpg', await t.login('guest'));
    expect(viewer.status).toBe(403);
    expect(await count('attachment_upload')).toBe(before);
  });

  it('sweeps uploads nobody took within a day, with their files', async () => {
    const stale = (await upload(photos[2], '遗留.jpg')).body.upload.id as string;
    const key = Number(Buffer.from(stale, 'base64url').toString().split(':')[1]);
    // The app may not change an upload; its owner role ages this one past its lifetime.
    const owner = new Client({ connectionString: t.ownerUrl });
    await owner.connect();
    const { rows } = await owner
      .query(
        `UPDATE attachment_upload SET created_at = created_at - interval '25 hours'
         WHERE id = $1 RETURNING storage_key AS "storageKey"`,
        [key],
      )
      .finally(() => owner.end());
    const storageKey = rows[0].storageKey as string;
    const file = path.join(t.attachmentsDir, storageKey);
    await access(file);

    await upload(photos[0], '新的.jpg');
    expect(await t.db.run(sql`SELECT id FROM attachment_upload WHERE id = ${key}`)).toEqual([]);
    await expect(access(file)).rejects.toThrow();
    const left = await readdir(path.join(t.attachmentsDir, 'upload'));
    expect(left.some((name) => storageKey.endsWith(name))).toBe(false);
  });
});
