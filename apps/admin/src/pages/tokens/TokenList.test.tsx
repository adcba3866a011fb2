import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import TokenList from './TokenList';
import { CreateApiTokenDocument, RevokeApiTokenDocument, TokenListTokensDocument } from './queries';
import type { TokenRecord } from './scopes';

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);

// jsdom has no ResizeObserver; Ant Design's select popups measure themselves with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const SLOW = { timeout: 20_000 };

const token = (fields: Partial<TokenRecord> & Pick<TokenRecord, 'id' | 'name'>) => ({
  __typename: 'ApiToken' as const,
  scopes: ['MEMBERS_READ' as const],
  branch: null,
  tokenPrefix: 'wxt_ab12cd',
  createdBy: {
    __typename: 'User',
    id: 'U1',
    displayName: '局办公室 李明',
  } as TokenRecord['createdBy'],
  createdAt: '2026-03-01T02:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...fields,
});

const PROVINCE = token({
  id: 'T1',
  name: '三湘老干部e家 人员同步',
  scopes: ['MEMBERS_READ', 'VISITS_READ', 'PII_READ'],
  lastUsedAt: '2026-11-28T01:10:00.000Z',
});
const SMS = token({
  id: 'T2',
  name: '短信平台',
  branch: {
    __typename: 'Branch',
    id: 'B1',
    name: '东坪镇离退休干部党总支',
  } as TokenRecord['branch'],
  expiresAt: '2025-12-31T15:59:00.000Z',
});
const FINANCE = token({
  id: 'T3',
  name: '财务系统',
  scopes: ['FUNDING_READ', 'FUNDING_WRITE'],
  revokedAt: '2026-06-01T00:00:00.000Z',
});

function listMock(
  includeRevoked: boolean,
  nodes: ReturnType<typeof token>[],
): MockLink.MockedResponse {
  return {
    request: { query: TokenListTokensDocument, variables: { after: null, includeRevoked } },
    result: {
      data: {
        apiTokens: {
          __typename: 'ApiTokenConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  };
}

function renderTokens(mocks: MockLink.MockedResponse[]) {
  return renderScreen(
    <ViewerTestProvider role="ADMIN">
      <TokenList />
    </ViewerTestProvider>,
    { mocks },
  );
}

describe('the API tokens', () => {
  it('lists tokens with Chinese scope labels, branch limit and status', async () => {
    renderTokens([listMock(false, [PROVINCE, SMS]), listMock(true, [PROVINCE, SMS, FINANCE])]);
    const table = await screen.findByRole('table', { name: '接口令牌列表' });
    const province = within(table).getByText('三湘老干部e家 人员同步').closest('tr')!;
    for (const label of ['人员读取', '走访读取', '个人信息读取', '有效', '全县']) {
      expect(within(province).getByText(label)).toBeInTheDocument();
    }
    const sms = within(table).getByText('短信平台').closest('tr')!;
    expect(within(sms).getByText('已过期')).toBeInTheDocument();
    expect(within(sms).getByText('东坪镇离退休干部党总支')).toBeInTheDocument();
    expect(within(sms).getByText('从未使用')).toBeInTheDocument();
    expect(within(table).queryByText('财务系统')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: '显示已吊销的令牌' }));
    const finance = (await within(table).findByText('财务系统', {}, SLOW)).closest('tr')!;
    expect(within(finance).getByText('已吊销')).toBeInTheDocument();
    expect(within(finance).getByText('经费写入')).toBeInTheDocument();
    // A revoked token cannot be revoked again.
    expect(within(finance).queryByRole('button', { name: /吊\s*销/ })).not.toBeInTheDocument();
  });

  it('shows the new secret once, with a copy button, and never again after closing', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const created = token({ id: 'T9', name: '短信网关', scopes: ['MEMBERS_READ'] });
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateApiTokenDocument,
        variables: {
          input: { name: '短信网关', scopes: ['MEMBERS_READ'], branchId: null, expiresAt: null },
        },
      },
      result: {
        data: {
          createApiToken: {
            __typename: 'CreateApiTokenPayload',
            apiToken: created,
            secret: 'wxt_ab12cdEF34ghIJ56klMN78opQR90',
            userErrors: [],
          },
        },
      },
    };
    renderTokens([listMock(false, []), create, listMock(false, [created])]);
    expect(await screen.findByText('还没有接口令牌')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /新建令牌/ }));
    const form = await screen.findByRole('dialog');
    await userEvent.click(within(form).getByRole('textbox', { name: /^名称/ }));
    await userEvent.paste('短信网关');
    await userEvent.click(within(form).getByRole('checkbox', { name: /人员读取/ }));
    await userEvent.click(within(form).getByRole('button', { name: /创建令牌/ }));

    const secretField = await screen.findByRole('textbox', { name: '令牌密钥' }, SLOW);
    expect(secretField).toHaveValue('wxt_ab12cdEF34ghIJ56klMN78opQR90');
    const dialog = secretField.closest<HTMLElement>('[role="dialog"]')!;
    expect(dialog).toHaveTextContent('密钥只显示这一次');
    expect(dialog).toHaveTextContent('关闭本窗口后将无法再次查看');
    await userEvent.click(within(dialog).getByRole('button', { name: /复制密钥/ }));
    expect(writeText).toHaveBeenCalledWith('wxt_ab12cdEF34ghIJ56klMN78opQR90');
    expect(await within(dialog).findByRole('button', { name: /已复制/ })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: /我已妥善保存，关闭/ }));
    await waitFor(
      () =>
        expect(
          screen.queryByDisplayValue('wxt_ab12cdEF34ghIJ56klMN78opQR90'),
        ).not.toBeInTheDocument(),
      SLOW,
    );
    // The list shows the token by its prefix only.
    expect(await screen.findByText('wxt_ab12cd…', {}, SLOW)).toBeInTheDocument();
  });

  it('revokes a token after confirmation', async () => {
    const revoke: MockLink.MockedResponse = {
      request: { query: RevokeApiTokenDocument, variables: { input: { id: 'T1' } } },
      result: {
        data: {
          revokeApiToken: {
            __typename: 'RevokeApiTokenPayload',
            apiToken: { __typename: 'ApiToken', id: 'T1', revokedAt: '2026-11-29T03:00:00.000Z' },
            userErrors: [],
          },
        },
      },
    };
    renderTokens([listMock(false, [PROVINCE]), revoke, listMock(false, [])]);
    const row = (await screen.findByText('三湘老干部e家 人员同步')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: /吊\s*销/ }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('吊销立即生效');
    await userEvent.click(within(confirm).getByRole('button', { name: /吊\s*销/ }));
    expect(await screen.findByText('已吊销“三湘老干部e家 人员同步”', {}, SLOW)).toBeInTheDocument();
    expect(await screen.findByText('还没有接口令牌', {}, SLOW)).toBeInTheDocument();
  });
});
