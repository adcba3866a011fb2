import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { testViewer, ViewerTestProvider } from '../../test/viewer';
import UserList from './UserList';
import { CreateUserDocument, UpdateUserDocument, UserListAccountsDocument } from './queries';
import { BureauOptionsDocument } from '../../components/BureauSelect';
import { ScopeBureauDocument } from '../../components/useBureauScope';
import type { UserRecord } from './UserFormModal';

// Form validation and the mocked server answer take a while in jsdom.
const SLOW = { timeout: 20_000 };

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);

// jsdom has no ResizeObserver; Ant Design's select popups measure themselves with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const user = (
  fields: Partial<UserRecord> & Pick<UserRecord, 'id' | 'username' | 'displayName'>,
) => ({
  __typename: 'User' as const,
  role: 'VIEWER' as const,
  branch: null,
  bureau: {
    __typename: 'Bureau' as const,
    id: 'Bureau:430923',
    name: '安化县',
    level: 'COUNTY' as const,
  },
  disabledAt: null,
  createdAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-11-02T06:30:00.000Z',
  version: 2,
  ...fields,
});

const ADMIN = user({ id: 'U1', username: 'admin', displayName: '局办公室 李明', role: 'ADMIN' });
const SECRETARY = user({
  id: 'U2',
  username: 'shuji',
  displayName: '支部书记 王芳',
  role: 'SECRETARY',
  branch: {
    __typename: 'Branch',
    id: 'B1',
    name: '东坪镇离退休干部党总支',
  } as UserRecord['branch'],
});
const FORMER = user({
  id: 'U3',
  username: 'zhaoqiang',
  displayName: '查阅账号 赵强',
  disabledAt: '2026-10-01T00:00:00.000Z',
});

const listMock: MockLink.MockedResponse = {
  request: { query: UserListAccountsDocument, variables: { after: null } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [ADMIN, SECRETARY, FORMER],
      },
    },
  },
};

function renderUsers(
  mocks: MockLink.MockedResponse[],
  viewer = testViewer('ADMIN', { id: 'U1', username: 'admin' }),
) {
  return renderScreen(
    <ViewerTestProvider viewer={viewer}>
      <UserList />
    </ViewerTestProvider>,
    { mocks: [listMock, ...mocks] },
  );
}

/** Types a whole value at once: each keystroke re-validates the form, slowly in jsdom. */
async function fill(input: HTMLElement, text: string) {
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(text);
}

/** Opens “new account” and fills in a viewer, who needs no branch. */
async function startViewerAccount(username: string) {
  await userEvent.click(await screen.findByRole('button', { name: /新增账号/ }));
  const dialog = await screen.findByRole('dialog');
  await fill(within(dialog).getByRole('textbox', { name: /^用户名/ }), username);
  await fill(within(dialog).getByRole('textbox', { name: /^姓名/ }), '查阅账号 周敏');
  await userEvent.click(within(dialog).getByRole('radio', { name: /查阅账号/ }));
  return dialog;
}

describe('the accounts list', () => {
  it('lists accounts with their role, branch and status', async () => {
    renderUsers([]);
    const table = await screen.findByRole('table', { name: '账号列表' });
    const secretaryRow = within(table).getByText('shuji').closest('tr')!;
    expect(within(secretaryRow).getByText('支部书记')).toBeInTheDocument();
    expect(within(secretaryRow).getByText('东坪镇离退休干部党总支')).toBeInTheDocument();
    expect(within(secretaryRow).getByText('正常')).toBeInTheDocument();
    const formerRow = within(table).getByText('zhaoqiang').closest('tr')!;
    expect(within(formerRow).getByText('已停用')).toBeInTheDocument();
    expect(within(formerRow).getByRole('button', { name: /启\s*用/ })).toBeInTheDocument();
    expect(
      within(within(table).getByText('admin').closest('tr')!).getByText('本人'),
    ).toBeInTheDocument();
  });

  it('says what a new account will reach: the maker’s county, or the bureau picked', async () => {
    renderUsers([]);
    await userEvent.click(await screen.findByRole('button', { name: /新增账号/ }));
    const dialog = await screen.findByRole('dialog');
    const hint = (role: RegExp) =>
      within(dialog).getByRole('radio', { name: role }).closest('label')!;
    expect(hint(/^局机关管理员/)).toHaveTextContent(
      '本县数据（安化县），可管理账号、令牌和组织架构',
    );
    expect(hint(/^查阅账号/)).toHaveTextContent('本县数据（安化县）只读，个人信息脱敏');
    expect(hint(/^支部书记/)).toHaveTextContent(
      '本支部数据（所负责组织及其下级组织），可维护人员和走访',
    );
  });

  it('a province’s admin makes province-wide accounts unless a bureau is picked', async () => {
    const city = {
      __typename: 'Bureau' as const,
      id: 'Bureau:430900',
      name: '益阳市',
      level: 'CITY' as const,
    };
    renderUsers(
      [
        {
          request: { query: BureauOptionsDocument, variables: {} },
          result: {
            data: {
              bureaus: {
                __typename: 'BureauConnection',
                nodes: [{ ...city, children: [] }],
              },
            },
          },
          maxUsageCount: 5,
        },
        {
          request: { query: ScopeBureauDocument, variables: { id: city.id } },
          result: { data: { node: city } },
        },
      ],
      testViewer('ADMIN', { id: 'U1', username: 'admin', bureau: null }),
    );
    await userEvent.click(await screen.findByRole('button', { name: /新增账号/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /^查阅账号/ }));
    const viewerHint = () =>
      within(dialog)
        .getByRole('radio', { name: /^查阅账号/ })
        .closest('label')!;
    expect(viewerHint()).toHaveTextContent('全省数据只读');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '老干部局' }));
    await userEvent.click(await screen.findByTitle('益阳市（全市）'));
    await waitFor(() => expect(viewerHint()).toHaveTextContent('本市各县数据（益阳市）只读'), SLOW);
  });

  it('shows a password rule on the password field before anything is sent', async () => {
    renderUsers([]);
    const dialog = await startViewerAccount('zhoumin');
    const password = within(dialog).getByLabelText(/^初始密码/);
    await fill(password, 'abc');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(/密码至少 8 位/), SLOW);
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await fill(password, 'zhoumin2024');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/密码不能包含用户名/), SLOW);
  });

  it('puts the server’s refusal on the field it names', async () => {
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateUserDocument,
        variables: {
          input: {
            username: 'zhoumin',
            displayName: '查阅账号 周敏',
            role: 'VIEWER',
            branchId: null,
            password: 'anhua2026',
          },
        },
      },
      result: {
        data: {
          createUser: {
            __typename: 'CreateUserPayload',
            user: null,
            userErrors: [
              {
                __typename: 'UserError',
                field: ['username'],
                code: 'DUPLICATE',
                message: '用户名已被使用 (the username is taken)',
              },
            ],
          },
        },
      },
    };
    renderUsers([create]);
    const dialog = await startViewerAccount('zhoumin');
    await fill(within(dialog).getByLabelText(/^初始密码/), 'anhua2026');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const username = within(dialog).getByRole('textbox', { name: /^用户名/ });
    await waitFor(() => expect(username).toHaveAccessibleDescription(/与已有记录重复/), SLOW);
  });

  it('shows the server’s refusal when an administrator tries to disable themselves', async () => {
    const disable: MockLink.MockedResponse = {
      request: {
        query: UpdateUserDocument,
        variables: { input: { id: 'U1', disabled: true, expectedVersion: 2 } },
      },
      result: {
        data: {
          updateUser: {
            __typename: 'UpdateUserPayload',
            user: null,
            userErrors: [
              {
                __typename: 'UserError',
                field: ['id'],
                code: 'FORBIDDEN',
                message: '不能停用自己或取消自己的管理员权限 (you cannot lock yourself out)',
              },
            ],
          },
        },
      },
    };
    renderUsers([disable]);
    const table = await screen.findByRole('table', { name: '账号列表' });
    const ownRow = within(table).getByText('admin').closest('tr')!;
    await userEvent.click(within(ownRow).getByRole('button', { name: /停\s*用/ }));
    const confirm = await screen.findByRole('tooltip');
    await userEvent.click(within(confirm).getByRole('button', { name: /停\s*用/ }));
    const refusal = await screen.findByRole('dialog');
    await waitFor(() => expect(refusal).toHaveTextContent('无法停用'), SLOW);
    expect(refusal).toHaveTextContent('无权执行此操作');
  });
});
