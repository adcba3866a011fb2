import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { chinaToday } from '@wanxia/schema';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type {
  CampaignEntryRowFragment,
  RecordCampaignVisitsMutationVariables,
} from '../../gql/graphql';
import { BatchRecordModal } from './BatchRecordModal';
import { RecordCampaignVisitsDocument } from './queries';

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };
const CAMPAIGN_ID = 'Q2FtcGFpZ246MQ';

function entry(id: string, name: string): CampaignEntryRowFragment {
  return {
    id,
    gift: '慰问品一份',
    amountFen: 50000,
    status: 'PENDING',
    workGroup: { id: 'V29ya0dyb3VwOjE', name: '第一组' },
    member: {
      id: `m-${id}`,
      name,
      phone: '138****5678',
      residenceKind: 'TOWNSHIP',
      residencePlace: '东坪镇',
      address: '东坪镇酉州村',
      branch: { id: 'QnJhbmNoOjE', name: '东坪镇老干部党支部' },
    },
    visit: null,
  };
}
const ENTRIES = [entry('e1', '陈菊平'), entry('e2', '李友谊')];

/** A dropped connection: the request never got an answer. */
function dropped(sent: RecordCampaignVisitsMutationVariables[]): MockLink.MockedResponse {
  return {
    request: {
      query: RecordCampaignVisitsDocument,
      variables: (v: RecordCampaignVisitsMutationVariables) => (sent.push(v), true),
    },
    error: new TypeError('Failed to fetch'),
  };
}

function answered(
  sent: RecordCampaignVisitsMutationVariables[],
  payload: Record<string, unknown> = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: RecordCampaignVisitsDocument,
      variables: (v: RecordCampaignVisitsMutationVariables) => (sent.push(v), true),
    },
    result: {
      data: {
        recordCampaignVisits: {
          __typename: 'RecordCampaignVisitsPayload',
          campaign: null,
          entries: [],
          visitCount: 2,
          paidFen: 100000,
          replayed: false,
          userErrors: [],
          ...payload,
        },
      },
    },
  };
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  const onClose = jest.fn();
  renderScreen(
    <ViewerTestProvider role="SECRETARY">
      <App>
        <BatchRecordModal
          campaignId={CAMPAIGN_ID}
          entries={ENTRIES}
          visitors="组长 王某、李某"
          onClose={onClose}
        />
      </App>
    </ViewerTestProvider>,
    { mocks },
  );
  return { onClose, dialog: screen.getByRole('dialog') };
}

const submit = (dialog: HTMLElement) =>
  userEvent.click(within(dialog).getByRole('button', { name: /记录 2 人/ }));

describe('recording a batch', () => {
  it('resends a batch that met a dropped connection with the key made when the form opened', async () => {
    const sent: RecordCampaignVisitsMutationVariables[] = [];
    // Three sends fail (the form's own retries), then the person presses again.
    const { onClose, dialog } = renderForm([
      dropped(sent),
      dropped(sent),
      dropped(sent),
      answered(sent),
    ]);
    await submit(dialog);
    // The failure is said above the form, once the retries are over.
    expect(
      await within(dialog).findByText('未能保存，请处理以下问题', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(3);
    expect(onClose).not.toHaveBeenCalled();

    await submit(dialog);
    expect(await screen.findByText('已登记 2 人，发放 ¥1,000.00', {}, SLOW)).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledWith(true);

    expect(sent).toHaveLength(4);
    const keys = new Set(sent.map((v) => v.input.idempotencyKey));
    expect(keys.size).toBe(1);
    expect(sent[3].input).toEqual({
      campaignId: CAMPAIGN_ID,
      idempotencyKey: sent[0].input.idempotencyKey,
      visitedOn: chinaToday(),
      visitors: '组长 王某、李某',
      rows: [{ entryId: 'e1' }, { entryId: 'e2' }],
    });
  });

  it('asks why for a sum other than the standard, and shows a refused row on its row', async () => {
    const sent: RecordCampaignVisitsMutationVariables[] = [];
    const { onClose, dialog } = renderForm([
      answered(sent, {
        visitCount: 0,
        paidFen: 0,
        userErrors: [
          {
            __typename: 'UserError',
            field: ['rows', '1', 'entryId'],
            code: 'INVALID_STATE',
            message: 'already visited',
            params: null,
          },
        ],
      }),
    ]);
    const amount = within(dialog).getByLabelText('金额（陈菊平）');
    await userEvent.type(amount, '800');
    await submit(dialog);
    expect(
      await within(dialog).findByText('金额或礼品与标准不同，请说明原因', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('原因（陈菊平）'), '特困');
    await submit(dialog);
    const row = within(dialog).getByRole('listitem', { name: '李友谊' });
    expect(await within(row).findByText('当前状态下不能这样操作', {}, SLOW)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(sent[0].input.rows).toEqual([
      { entryId: 'e1', amountFen: 80000, gift: '慰问品一份', reason: '特困' },
      { entryId: 'e2' },
    ]);
  });
});
