import '../../test/resize-observer';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { chinaToday } from '@wanxia/schema';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type {
  JoinAssociationMutationVariables,
  LeaveAssociationMutationVariables,
  Role,
} from '../../gql/graphql';
import { FundingMemberNameDocument, FundingMemberSearchDocument } from '../funding/queries';
import AssociationPage from './AssociationPage';
import { AssociationDocument, JoinAssociationDocument, LeaveAssociationDocument } from './queries';

jest.setTimeout(60_000);

const ID = 'Association:1';
const branch = { __typename: 'Branch', id: 'Branch:7', name: '东坪镇第一党支部' };
const membership = (
  id: number,
  role: string,
  name: string,
  joinedOn: string,
  leftOn: string | null = null,
) => ({
  __typename: 'AssociationMembership',
  id: `AssociationMembership:${id}`,
  role,
  joinedOn,
  leftOn,
  member: { __typename: 'Member', id: `Member:${id}`, name, branch },
});

const detailMock: MockLink.MockedResponse = {
  request: { query: AssociationDocument, variables: { id: ID } },
  result: {
    data: {
      node: {
        __typename: 'Association',
        id: ID,
        name: '梅山诗社',
        foundedOn: '2010-04-18',
        description: '以诗会友，每月一次诗会。',
        memberCount: 2,
        memberships: [
          membership(1, 'PRESIDENT', '李建国', '2010-04-18'),
          membership(2, 'MEMBER', '刘桂兰', '2015-01-01'),
          membership(3, 'MEMBER', '张德明', '2011-03-01', '2020-12-31'),
        ],
      },
    },
  },
};

const candidate = {
  __typename: 'Member',
  id: 'Member:2',
  name: '刘桂兰',
  status: 'ACTIVE',
  branch,
};

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  return renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <Routes>
          <Route path="/associations/:id" element={<AssociationPage />} />
        </Routes>
      </ViewerTestProvider>
    </App>,
    { mocks, route: `/associations/${ID}` },
  );
}

describe('an association’s page', () => {
  it('lists the members now, leaders first, and the former ones on request', async () => {
    renderPage([detailMock]);
    expect(await screen.findByRole('heading', { name: '梅山诗社' })).toBeInTheDocument();
    expect(screen.getByText('成立于 2010-04-18 · 现有会员 2 人')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '会员名单' });
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0].textContent);
    expect(names()).toEqual(['李建国', '刘桂兰']);
    expect(within(table).getByText('会长')).toBeInTheDocument();
    expect(within(table).getByText('2010-04-18 — 至今')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: '显示已退会会员' }));
    expect(names()).toEqual(['李建国', '刘桂兰', '张德明']);
    const former = within(table).getByRole('link', { name: '张德明' }).closest('tr')!;
    expect(former).toHaveTextContent('2011-03-01 — 2020-12-31');
    // Only current members can leave.
    expect(within(former).queryByRole('button', { name: /退会/ })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('button', { name: /退会/ })).toHaveLength(2);
  });

  it('adds a member with a role, showing a refusal on the member field', async () => {
    const sent: JoinAssociationMutationVariables[] = [];
    renderPage([
      detailMock,
      {
        request: { query: FundingMemberSearchDocument, variables: { search: null } },
        result: {
          data: { members: { __typename: 'MemberConnection', nodes: [candidate] } },
        },
      },
      {
        request: { query: FundingMemberNameDocument, variables: { id: candidate.id } },
        result: {
          data: { node: { __typename: 'Member', id: candidate.id, name: candidate.name } },
        },
      },
      {
        request: {
          query: JoinAssociationDocument,
          variables: (variables: JoinAssociationMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            joinAssociation: {
              __typename: 'AssociationMembershipPayload',
              membership: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: ['memberId'],
                  code: 'DUPLICATE',
                  message: '已是该团体会员 (already a member)',
                  params: null,
                },
              ],
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /添加会员/ }));
    const dialog = await screen.findByRole('dialog', { name: '添加会员：梅山诗社' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: '会员' }));
    await userEvent.click(await screen.findByTitle('刘桂兰 · 东坪镇第一党支部'));
    await userEvent.click(within(dialog).getByRole('combobox', { name: '职务' }));
    await userEvent.click(await screen.findByTitle('副会长'));
    expect(within(dialog).getByLabelText('入会日期')).toHaveValue(chinaToday());
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await within(dialog).findByText('与已有记录重复')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          associationId: ID,
          memberId: candidate.id,
          role: 'VICE_PRESIDENT',
          joinedOn: chinaToday(),
        },
      },
    ]);
  });

  it('records a member leaving, the refusal of a day before joining on its field', async () => {
    const sent: LeaveAssociationMutationVariables[] = [];
    renderPage([
      detailMock,
      {
        request: {
          query: LeaveAssociationDocument,
          variables: (variables: LeaveAssociationMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            leaveAssociation: {
              __typename: 'AssociationMembershipPayload',
              membership: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: ['leftOn'],
                  code: 'TOO_EARLY',
                  message: '退会日期不能早于入会日期 (before joining)',
                  params: null,
                },
              ],
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: '刘桂兰 退会' }));
    const dialog = await screen.findByRole('dialog', { name: '刘桂兰 退会' });
    fireEvent.change(within(dialog).getByLabelText('退会日期'), {
      target: { value: '2014-12-31' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('日期早于所允许的最早日期')).toBeInTheDocument();
    expect(sent).toEqual([
      { input: { membershipId: 'AssociationMembership:2', leftOn: '2014-12-31' } },
    ]);
  });

  it('offers a read-only account neither joining nor leaving', async () => {
    renderPage([detailMock], 'VIEWER');
    await screen.findByRole('heading', { name: '梅山诗社' });
    expect(screen.queryByRole('button', { name: /添加会员/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /退会/ })).not.toBeInTheDocument();
  });
});
