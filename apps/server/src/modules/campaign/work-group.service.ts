import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { toGlobalId } from '../../kernel/global-id';
import { WorkGroupEntity } from './work-group.entity';
import { WORK_GROUP_COLUMNS, toWorkGroup } from './campaign.repository';
import { lockCampaign, requireStatus } from './campaign.service';
import {
  CampaignStatus,
  type CreateWorkGroupInput,
  type DeleteWorkGroupInput,
  type UpdateWorkGroupInput,
  type WorkGroup,
} from './campaign.types';

/** The ids of a group's input, decoded; a list left out is absent (null). */
export interface WorkGroupKeys {
  leaderUser: InputKey | null | 'NONE';
  visitorUsers: InputKey[] | null;
  branches: InputKey[] | null;
}

/** Decoded keys of a list of ids; invalid ones become userErrors on `field.i`. */
function listKeys(keys: InputKey[] | null, field: string, errors: UserError[]): number[] | null {
  if (keys === null) return null;
  const decoded = keys.map((k, i) => inputKey(k, [field, String(i)], errors));
  return decoded.every((k) => k !== null) ? [...new Set(decoded as number[])] : null;
}

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

interface Decoded {
  leaderUserKey: number | null | undefined;
  visitorUserKeys: number[] | null;
  branchKeys: number[] | null;
}

function decodeKeys(keys: WorkGroupKeys, errors: UserError[]): Decoded {
  return {
    leaderUserKey:
      keys.leaderUser === 'NONE'
        ? null
        : keys.leaderUser === null
          ? undefined
          : inputKey(keys.leaderUser, 'leaderUserId', errors),
    visitorUserKeys: listKeys(keys.visitorUsers, 'visitorUserIds', errors),
    branchKeys: listKeys(keys.branches, 'branchIds', errors),
  };
}

/** The accounts and branches named exist (branches in reach); problems go to `errors`. */
async function checkReferences(
  tx: Transaction,
  ctx: RequestScope,
  d: Decoded,
  errors: UserError[],
) {
  const users = [
    ...(d.leaderUserKey != null ? [d.leaderUserKey] : []),
    ...(d.visitorUserKeys ?? []),
  ];
  if (users.length) {
    const found = new Set(
      (await tx.run(sql`SELECT id FROM app_user WHERE id = ANY(${users})`)).map((r) =>
        Number(r.id),
      ),
    );
    if (d.leaderUserKey != null && !found.has(d.leaderUserKey)) {
      errors.push(notFound('leaderUserId', '账号', 'account'));
    }
    (d.visitorUserKeys ?? []).forEach((k, i) => {
      if (!found.has(k)) errors.push(notFound(['visitorUserIds', String(i)], '账号', 'account'));
    });
  }
  if (d.branchKeys?.length) {
    const found = new Set(
      (
        await tx.run(
          sql`SELECT b.id FROM branch b WHERE b.id = ANY(${d.branchKeys}) AND ${ctx.reach.branch('b')}`,
        )
      ).map((r) => Number(r.id)),
    );
    d.branchKeys.forEach((k, i) => {
      if (!found.has(k)) errors.push(notFound(['branchIds', String(i)], '党组织', 'branch'));
    });
  }
}

const OPEN_CAMPAIGN: [string, string] = ['活动已结束', 'the campaign is closed'];

export async function createWorkGroup(
  ctx: RequestScope,
  input: CreateWorkGroupInput,
  keys: WorkGroupKeys & { campaign: InputKey },
): Promise<MutationOutcome<WorkGroup>> {
  const errors = await validateInput(input);
  const campaignKey = inputKey(keys.campaign, 'campaignId', errors);
  const d = decodeKeys(keys, errors);
  if (refusedOutright(errors) || campaignKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'createWorkGroup', async (tx) => {
    const campaign = await lockCampaign(tx, ctx, campaignKey, 'campaignId');
    requireStatus(
      campaign,
      [CampaignStatus.DRAFT, CampaignStatus.APPROVED],
      errors,
      OPEN_CAMPAIGN,
      'campaignId',
    );
    await checkReferences(tx, ctx, d, errors);
    refuseIf(errors);
    const made = insertRow(WorkGroupEntity, {
      campaignId: campaignKey,
      name: input.name.trim(),
      position: input.position,
      leader: input.leader.trim(),
      leaderUserId: d.leaderUserKey ?? null,
      visitors: clean(input.visitors),
      visitorUserIds: d.visitorUserKeys ?? [],
      branchIds: d.branchKeys ?? [],
      townships: clean(input.townships),
      places: clean(input.places),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const [row] = await tx.run(
      sql`WITH wg AS (${made} RETURNING *) SELECT ${WORK_GROUP_COLUMNS} FROM wg`,
    );
    const record = toWorkGroup(row);
    return { record, change: { type: 'WorkGroup', key: record.key, after: record } };
  });
}

/** The group in reach (through its campaign) and its campaign, both locked; missing refuses. */
async function lockGroup(tx: Transaction, ctx: RequestScope, key: number) {
  const [found] = await tx.run(sql`SELECT campaign_id FROM work_group WHERE id = ${key}`);
  if (!found) refuseIf([notFound('id', '工作组', 'work group')]);
  const campaign = await lockCampaign(tx, ctx, Number(found.campaign_id));
  const [row] = await tx.run(
    sql`SELECT ${WORK_GROUP_COLUMNS} FROM work_group wg WHERE wg.id = ${key} FOR UPDATE`,
  );
  return { campaign, group: toWorkGroup(row) };
}

export async function updateWorkGroup(
  ctx: RequestScope,
  input: UpdateWorkGroupInput,
  keys: WorkGroupKeys & { workGroup: InputKey },
): Promise<MutationOutcome<WorkGroup>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.workGroup, 'id', errors);
  const d = decodeKeys(keys, errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'updateWorkGroup', async (tx) => {
    const { campaign, group: before } = await lockGroup(tx, ctx, key);
    checkVersion(input.expectedVersion, before.version, errors);
    requireStatus(campaign, [CampaignStatus.DRAFT, CampaignStatus.APPROVED], errors, OPEN_CAMPAIGN);
    await checkReferences(tx, ctx, d, errors);
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH wg AS (
        UPDATE work_group SET name = ${input.name?.trim() ?? before.name},
          position = ${input.position ?? before.position},
          leader = ${input.leader?.trim() ?? before.leader},
          leader_user_id = ${d.leaderUserKey === undefined ? before.leaderUserId : d.leaderUserKey},
          visitors = ${input.visitors ? clean(input.visitors) : before.visitors}::text[],
          visitor_user_ids = ${d.visitorUserKeys ?? before.visitorUserIds}::int[],
          branch_ids = ${d.branchKeys ?? before.branchIds}::int[],
          townships = ${input.townships ? clean(input.townships) : before.townships}::text[],
          places = ${input.places ? clean(input.places) : before.places}::text[],
          version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${key} RETURNING *
      )
      SELECT ${WORK_GROUP_COLUMNS} FROM wg`);
    const record = toWorkGroup(row);
    return { record, change: { type: 'WorkGroup', key, before, after: record } };
  });
}

/** Deletes a group that has recorded nothing; its pending entries become uncovered. */
export async function deleteWorkGroup(
  ctx: RequestScope,
  input: DeleteWorkGroupInput,
  keys: { workGroup: InputKey },
): Promise<MutationOutcome<string>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.workGroup, 'id', errors);
  if (key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'deleteWorkGroup', async (tx) => {
    const { campaign, group: before } = await lockGroup(tx, ctx, key);
    checkVersion(input.expectedVersion, before.version, errors);
    requireStatus(campaign, [CampaignStatus.DRAFT, CampaignStatus.APPROVED], errors, OPEN_CAMPAIGN);
    const [visited] = await tx.run(
      sql`SELECT 1 FROM campaign_entry WHERE work_group_id = ${key} AND status = 'VISITED' LIMIT 1`,
    );
    if (visited) {
      errors.push(
        userError(
          'id',
          UserErrorCode.INVALID_STATE,
          '该工作组已有走访记录，不能删除 (the group has recorded visits)',
        ),
      );
    }
    refuseIf(errors);
    await tx.run(sql`UPDATE campaign_entry SET work_group_id = NULL, version = version + 1,
      updated_at = ${ctx.now} WHERE work_group_id = ${key}`);
    await tx.run(sql`DELETE FROM work_group WHERE id = ${key}`);
    return {
      record: toGlobalId('WorkGroup', key),
      change: { type: 'WorkGroup', key, before, after: null },
    };
  });
}
