import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { ScopeBureauDocument } from '../../components/useBureauScope';
import { testViewer, ViewerTestProvider } from '../../test/viewer';
import type { Role } from '../../gql/graphql';
import BranchTree from './BranchTree';
import {
  ArchiveBranchDocument,
  BranchTreeAllDocument,
  BranchTreeMatchesDocument,
  MoveBranchDocument,
  UpdateBranchDocument,
} from './queries';
import type { BranchNode } from './tree';

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);

// jsdom has no ResizeObserver; Ant Design's select popups measure themselves with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

type MockedBranch = BranchNode & { __typename: 'Branch' };

function branch(id: string, name: string, fields: Partial<BranchNode> = {}): MockedBranch {
  return {
    __typename: 'Branch',
    id,
    name,
    kind: 'BRANCH',
    parent: null,
    memberCount: 0,
    demonstrationLevel: null,
    demonstrationYear: null,
    hasMembersHome: false,
    secretary: null,
    foundedOn: '1998-07-01',
    address: null,
    meetingPlace: null,
    version: 3,
    updatedAt: '2026-11-01T02:00:00.000Z',
    ...fields,
  };
}

const parent = (id: string) => ({ __typename: 'Branch' as const, id });

/** A county of two general branches; the second holds a general branch of its own. */
const ORGANS = branch('B1', '县直机关离退休干部党总支', {
  kind: 'GENERAL_BRANCH',
  memberCount: 524,
  secretary: { __typename: 'Member', id: 'M1', name: '杨小红' } as BranchNode['secretary'],
});
const OFFICE = branch('B2', '县委办离退休干部党支部', {
  parent: parent('B1'),
  memberCount: 61,
  demonstrationLevel: 'PROVINCIAL',
  demonstrationYear: 2021,
  hasMembersHome: true,
});
const TOWN = branch('B3', '东坪镇离退休干部党总支', { kind: 'GENERAL_BRANCH', memberCount: 88 });
const TOWN_SUB = branch('B4', '东坪镇城东片区党总支', {
  kind: 'GENERAL_BRANCH',
  parent: parent('B3'),
  memberCount: 88,
});
const COMMUNITY = branch('B5', '东坪镇城东社区离退休干部党支部', {
  parent: parent('B4'),
  memberCount: 88,
  demonstrationLevel: 'CITY',
  demonstrationYear: 2019,
});
const TREE = [ORGANS, OFFICE, TOWN, TOWN_SUB, COMMUNITY];

function treeMock(
  nodes: MockedBranch[] = TREE,
  variables: Record<string, unknown> = { after: null },
): MockLink.MockedResponse {
  return {
    request: { query: BranchTreeAllDocument, variables },
    result: {
      data: {
        branches: {
          __typename: 'BranchConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  };
}

function renderTree(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN', route = '/branches') {
  return renderScreen(
    <ViewerTestProvider viewer={testViewer(role)}>
      <BranchTree />
    </ViewerTestProvider>,
    { mocks, route },
  );
}

const userErrorsPayload = (
  typename: string,
  code: string,
  message: string,
  field: string[] = ['id'],
) => ({
  __typename: typename,
  branch: null,
  userErrors: [{ __typename: 'UserError', field, code, message }],
});

describe('the branch tree', () => {
  it('shows only a bureau’s tree and figures when the dashboard picked one, until its tag is closed', async () => {
    const id = 'Bureau:430922';
    renderScreen(
      <ViewerTestProvider viewer={testViewer('ADMIN')}>
        <BranchTree />
        <LocationDisplay />
      </ViewerTestProvider>,
      {
        route: `/branches?bureau=${encodeURIComponent(id)}`,
        mocks: [
          treeMock([TOWN, TOWN_SUB, COMMUNITY], { after: null, filter: { bureauId: id } }),
          {
            request: { query: ScopeBureauDocument, variables: { id } },
            result: {
              data: { node: { __typename: 'Bureau', id, name: '桃江县', level: 'COUNTY' } },
            },
          },
          treeMock(),
        ],
      },
    );
    const tree = await screen.findByRole('table', { name: '组织树' });
    expect(within(tree).getByRole('button', { name: '东坪镇离退休干部党总支' })).toBeVisible();
    expect(within(tree).queryByRole('button', { name: '县直机关离退休干部党总支' })).toBeNull();
    // The figures are the bureau's: its 88 members, not the county's 612.
    expect(
      within(screen.getByRole('group', { name: '全县概况' })).getByText('88'),
    ).toBeInTheDocument();
    const tag = await screen.findByText('老干部局：桃江县');
    await userEvent.click(
      tag.closest('.ant-tag')!.querySelector<HTMLElement>('.ant-tag-close-icon')!,
    );
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/branches$/));
    expect(
      await within(await screen.findByRole('table', { name: '组织树' })).findByRole('button', {
        name: '县直机关离退休干部党总支',
      }),
    ).toBeVisible();
  });

  it('shows the branches with their member counts, secretaries and badges', async () => {
    renderTree([treeMock()]);
    const tree = await screen.findByRole('table', { name: '组织树' });
    // Two roots: both open, so their branches show at once.
    expect(within(tree).getByRole('button', { name: '县直机关离退休干部党总支' })).toBeVisible();
    const office = within(tree).getByRole('button', { name: '县委办离退休干部党支部' });
    const officeRow = office.closest('tr')!;
    expect(within(officeRow).getByText('省级示范 2021')).toBeInTheDocument();
    expect(within(officeRow).getByText('老党员之家')).toBeInTheDocument();
    expect(within(officeRow).getByText('61 人')).toBeInTheDocument();
    const organsRow = within(tree)
      .getByRole('button', { name: '县直机关离退休干部党总支' })
      .closest('tr')!;
    expect(within(organsRow).getByText('524 人')).toBeInTheDocument();
    expect(within(organsRow).getByText('杨小红')).toBeInTheDocument();
    // The county's figures: 3 general branches, 2 branches, one provincial and one city model.
    const figures = screen.getByRole('group', { name: '全县概况' });
    expect(within(figures).getByRole('button', { name: '1 省级示范' })).toBeInTheDocument();
    expect(within(figures).getByText('612')).toBeInTheDocument();
  });

  it('says when the tree cannot be loaded, and loads it on retry', async () => {
    const failed: MockLink.MockedResponse = {
      request: { query: BranchTreeAllDocument, variables: { after: null } },
      error: new Error('网络连接失败'),
    };
    renderTree([failed, treeMock()]);
    expect(await screen.findByText('加载失败：网络连接失败')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByRole('table', { name: '组织树' })).toBeInTheDocument();
  });

  it('shows the selected branch in the panel, with the way to its members in the roster', async () => {
    renderTree([treeMock()]);
    await userEvent.click(await screen.findByRole('button', { name: '县委办离退休干部党支部' }));
    const panel = screen
      .getByRole('heading', { name: '县委办离退休干部党支部', level: 2 })
      .closest('.ant-card')!;
    expect(within(panel as HTMLElement).getByText('1998-07-01')).toBeInTheDocument();
    expect(
      within(panel as HTMLElement).getByRole('link', { name: /查看台账（61 人）/ }),
    ).toHaveAttribute('href', '/roster?branch=B2');
  });

  it('shows the server’s CYCLE refusal when a branch is moved under its own descendant', async () => {
    const move: MockLink.MockedResponse = {
      request: {
        query: MoveBranchDocument,
        variables: { input: { id: 'B3', parentId: 'B4', expectedVersion: 3 } },
      },
      result: {
        data: {
          moveBranch: userErrorsPayload(
            'MoveBranchPayload',
            'CYCLE',
            '不能移到自身或其下级组织之下 (cannot move a branch under itself or its descendants)',
            ['parentId'],
          ),
        },
      },
    };
    renderTree([treeMock(), move]);
    await userEvent.click(await screen.findByRole('button', { name: '东坪镇离退休干部党总支' }));
    await userEvent.click(screen.getByRole('button', { name: /移\s*动/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('移动：东坪镇离退休干部党总支');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '新的上级党总支' }));
    await userEvent.click(await screen.findByTitle('东坪镇城东片区党总支'));
    await userEvent.click(within(dialog).getByRole('button', { name: /移\s*动/ }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('无法移动');
    expect(alert).toHaveTextContent('不能移到自身或其下级组织之下');
    // The reader sees the Chinese half of the server's bilingual message only.
    expect(alert).not.toHaveTextContent('cannot move');
  });

  it('says clearly why a branch with members cannot be archived', async () => {
    const archive: MockLink.MockedResponse = {
      request: {
        query: ArchiveBranchDocument,
        variables: { input: { id: 'B2', expectedVersion: 3 } },
      },
      result: {
        data: {
          archiveBranch: userErrorsPayload(
            'ArchiveBranchPayload',
            'HAS_MEMBERS',
            '该组织仍有 61 名在册人员，请先转出 (still has 61 current members)',
          ),
        },
      },
    };
    renderTree([treeMock(), archive]);
    await userEvent.click(await screen.findByRole('button', { name: '县委办离退休干部党支部' }));
    await userEvent.click(screen.getByRole('button', { name: /撤\s*销/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('撤销：县委办离退休干部党支部');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('无法撤销');
    expect(alert).toHaveTextContent('该组织仍有在册人员');
    expect(alert).not.toHaveTextContent('still has');
    expect(within(alert).getByRole('link', { name: '在台账中查看这些人员' })).toBeInTheDocument();
  });

  it('tells the secretary when someone else saved the branch first (STALE)', async () => {
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateBranchDocument,
        variables: {
          input: {
            id: 'B2',
            expectedVersion: 3,
            name: '县委办离退休干部党支部',
            demonstrationLevel: 'PROVINCIAL',
            demonstrationYear: 2021,
            hasMembersHome: true,
            foundedOn: '1998-07-01',
            address: null,
            meetingPlace: '县委办三楼',
            secretaryId: null,
          },
        },
      },
      result: {
        data: {
          updateBranch: userErrorsPayload(
            'UpdateBranchPayload',
            'STALE',
            '记录已被他人修改，请刷新后重试 (changed by someone else since you loaded it)',
            ['expectedVersion'],
          ),
        },
      },
    };
    renderTree([treeMock(), update], 'SECRETARY', '/branches?id=B2');
    await screen.findByRole('heading', { name: '县委办离退休干部党支部', level: 2 });
    // A secretary edits details, but does not reshape the tree.
    expect(screen.queryByRole('button', { name: /移\s*动/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增组织/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^活动场所/ }), '县委办三楼');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('该组织刚被他人修改，您的修改未保存');
    expect(within(alert).getByRole('button', { name: '载入最新内容' })).toBeInTheDocument();
  });

  it('narrows the tree to the server’s matches, with the way down to them', async () => {
    const matches: MockLink.MockedResponse = {
      request: {
        query: BranchTreeMatchesDocument,
        variables: { filter: { search: 'cd' }, after: null },
      },
      result: {
        data: {
          branches: {
            __typename: 'BranchConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes: [{ __typename: 'Branch', id: 'B5' }],
          },
        },
      },
    };
    renderTree([treeMock(), matches], 'ADMIN', '/branches?q=cd');
    expect(await screen.findByText('找到 1 个组织')).toBeInTheDocument();
    const tree = screen.getByRole('table', { name: '组织树' });
    await waitFor(() =>
      expect(
        within(tree).getByRole('button', { name: '东坪镇城东社区离退休干部党支部' }),
      ).toBeVisible(),
    );
    expect(within(tree).getByText('市级示范 2019')).toBeInTheDocument();
    expect(
      within(tree).queryByRole('button', { name: '县委办离退休干部党支部' }),
    ).not.toBeInTheDocument();
  });
});
