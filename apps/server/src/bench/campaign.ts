import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { Holiday, holidayDate } from '../modules/visit/occasions';
import { formatDecimal } from './report';

/** What campaigns are promised: a list over the whole roster in 2 s, a 200-row batch in 3 s. */
const TARGETS = { assign: 2, batch: 3 } as const;
const BATCH_ROWS = 200;

interface Api {
  url: string;
  headers: Record<string, string>;
}

async function call<T>(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
  headers = api.headers,
) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const reply = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!reply.data || reply.errors)
    throw new Error(`campaign bench: ${JSON.stringify(reply).slice(0, 500)}`);
  return reply.data;
}

/** The payload of a mutation, refused if it has userErrors. */
function accepted<T extends { userErrors: unknown[] }>(payload: T): T {
  if (payload.userErrors.length) {
    throw new Error(`campaign bench: refused ${JSON.stringify(payload.userErrors)}`);
  }
  return payload;
}

function verdict(label: string, seconds: number, target: number, what: string) {
  console.log(
    `campaign    ${label.padEnd(7)} ${formatDecimal(seconds, 2)} s for ${what} (${seconds < target ? 'within' : 'OVER'} the ${target} s target)`,
  );
}

/**
 * Through the API as the bureau works: the next Spring Festival's campaign planned, approved by
 * a second administrator, four work groups; then timed: assigning it over the whole roster, and
 * recording a 200-row batch with a payment on each.
 */
export async function benchCampaign(api: Api, today: string): Promise<void> {
  const year = Number(today.slice(0, 4)) + 1;
  await call(
    api,
    `mutation { createUser(input: { username: "bench-approver", displayName: "审批人", role: ADMIN,
      password: "bench-approve-2027" }) { userErrors { code } } }`,
  );
  const login = await call<{ login: { token: string } }>(
    api,
    'mutation { login(input: { username: "bench-approver", password: "bench-approve-2027" }) { token } }',
    {},
    {},
  );
  const approver = { authorization: `Bearer ${login.login.token}` };
  const line = await call<{ createBudget: { budget: { id: string }; userErrors: unknown[] } }>(
    api,
    `mutation { createBudget(input: { year: ${year}, category: ASSISTANCE, name: "春节慰问（压测）",
      amountFen: 1000000000 }) { budget { id } userErrors { code } } }`,
  );
  const planned = await call<{
    createCampaign: { campaign: { id: string }; userErrors: unknown[] };
  }>(
    api,
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code } } }`,
    {
      input: {
        name: `${year}年春节走访慰问`,
        occasion: 'HOLIDAY',
        holiday: 'SPRING_FESTIVAL',
        year,
        startsOn: today,
        endsOn: holidayDate(Holiday.SPRING_FESTIVAL, year),
        budgetId: accepted(line.createBudget).budget.id,
        rules: [
          { retirementType: 'LIXIU', gift: '慰问品', amountFen: 100000 },
          { minAge: 90, gift: '慰问品', amountFen: 80000 },
          { tag: '困难', gift: '慰问品', amountFen: 60000 },
          { gift: '慰问品', amountFen: 30000 },
        ],
      },
    },
  );
  const campaignId = accepted(planned.createCampaign).campaign.id;
  const towns = await call<{ townships: string[] }>(api, '{ townships }');
  const groups = [
    { name: '一组', townships: towns.townships.slice(0, 8) },
    { name: '二组', townships: towns.townships.slice(8, 16) },
    { name: '三组', townships: towns.townships.slice(16) },
    { name: '市外组', places: ['长沙市', '益阳市'] },
  ];
  for (const [position, group] of groups.entries()) {
    const made = await call<{ createWorkGroup: { userErrors: unknown[] } }>(
      api,
      `mutation($input: CreateWorkGroupInput!) { createWorkGroup(input: $input) { userErrors { code } } }`,
      { input: { campaignId, position, leader: `${group.name}组长`, ...group } },
    );
    accepted(made.createWorkGroup);
  }
  const approved = await call<{ approveCampaign: { userErrors: unknown[] } }>(
    api,
    `mutation($id: ID!) { approveCampaign(input: { id: $id }) { userErrors { code } } }`,
    { id: campaignId },
    approver,
  );
  accepted(approved.approveCampaign);

  let start = performance.now();
  const assigned = await call<{
    assignCampaign: { assignedCount: number; uncoveredCount: number; userErrors: unknown[] };
  }>(
    api,
    `mutation($id: ID!) { assignCampaign(input: { id: $id }) { assignedCount uncoveredCount userErrors { code } } }`,
    { id: campaignId },
  );
  const { assignedCount, uncoveredCount } = accepted(assigned.assignCampaign);
  verdict(
    'assign',
    (performance.now() - start) / 1000,
    TARGETS.assign,
    `${assignedCount} members (${uncoveredCount} uncovered)`,
  );

  const rows: { entryId: string }[] = [];
  let after: string | null = null;
  while (rows.length < BATCH_ROWS) {
    const page: {
      campaignEntries: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
    } = await call(
      api,
      `query($c: ID!, $after: String) { campaignEntries(campaignId: $c, first: 100, after: $after,
        filter: { uncovered: false }) { nodes { id } pageInfo { endCursor } } }`,
      { c: campaignId, after },
    );
    rows.push(...page.campaignEntries.nodes.map((n) => ({ entryId: n.id })));
    after = page.campaignEntries.pageInfo.endCursor;
  }
  start = performance.now();
  const recorded = await call<{
    recordCampaignVisits: { visitCount: number; paidFen: number; userErrors: unknown[] };
  }>(
    api,
    `mutation($input: RecordCampaignVisitsInput!) { recordCampaignVisits(input: $input) {
      visitCount paidFen userErrors { field code } } }`,
    {
      input: {
        campaignId,
        idempotencyKey: randomUUID(),
        visitedOn: today,
        rows: rows.slice(0, BATCH_ROWS),
      },
    },
  );
  const batch = accepted(recorded.recordCampaignVisits);
  verdict(
    'batch',
    (performance.now() - start) / 1000,
    TARGETS.batch,
    `${batch.visitCount} visits with payments (${formatDecimal(batch.paidFen / 100, 2)} yuan)`,
  );
}
