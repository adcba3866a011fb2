import '../../test/resize-observer';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { chinaToday } from '@wanxia/schema';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type {
  AddMemberRoleMutationVariables,
  EndMemberRoleMutationVariables,
  Role,
} from '../../gql/graphql';
import { MemberAssociationsDocument } from '../associations/queries';
import { MemberRoles } from './MemberRoles';
import {
  AddMemberRoleDocument,
  EldersStudioOptionsDocument,
  EndMemberRoleDocument,
  MemberRolesDocument,
} from './queries';

jest.setTimeout(60_000);

const MEMBER = { id: 'TWVtYmVyOjE=', name: '陈菊平' };

const role = (
  id: string,
  fields: Partial<{
    kind: string;
    organisation: string | null;
    title: string | null;
    startedOn: string;
    endedOn: string | null;
    version: number;
    studio: { id: string; name: string } | null;
  }>,
) => ({
  __typename: 'MemberRole',
  id,
  kind: 'COMMUNITY_BRANCH_SECRETARY',
  organisation: '东坪镇茶乡社区党支部',
  title: null,
  startedOn: '2019-03-01',
  endedOn: null,
  version: 1,
  ...fields,
  studio: fields.studio ? { __typename: 'EldersStudio', ...fields.studio } : null,
});

const HELD = role('MemberRole:1', { title: '书记', version: 2 });
const ENDED = role('MemberRole:2', {
  kind: 'NEXT_GENERATION_COMMITTEE',
  organisation: '县关工委',
  startedOn: '2012-05-01',
  endedOn: '2018-05-01',
});

const rolesMock = (roles: unknown[]): MockLink.MockedResponse => ({
  request: { query: MemberRolesDocument, variables: { id: MEMBER.id } },
  result: { data: { node: { __typename: 'Member', id: MEMBER.id, roles } } },
});

const associationsMock: MockLink.MockedResponse = {
  request: { query: MemberAssociationsDocument, variables: { id: MEMBER.id } },
  result: {
    data: {
      node: {
        __typename: 'Member',
        id: MEMBER.id,
        associations: [
          {
            __typename: 'AssociationMembership',
            id: 'AssociationMembership:1',
            role: 'PRESIDENT',
            joinedOn: '2015-09-01',
            leftOn: null,
            association: { __typename: 'Association', id: 'Association:2', name: '梅山诗社' },
          },
        ],
      },
    },
  },
};

const payload = (userErrors: unknown[]) => ({
  __typename: 'MemberRolePayload',
  role: userErrors.length
    ? null
    : { __typename: 'MemberRole', id: 'MemberRole:9', endedOn: null, version: 1 },
  userErrors,
});

function renderRoles(mocks: MockLink.MockedResponse[], viewerRole: Role = 'ADMIN') {
  return renderScreen(
    <App>
      <ViewerTestProvider role={viewerRole}>
        <MemberRoles member={MEMBER} />
      </ViewerTestProvider>
    </App>,
    { mocks },
  );
}

describe('the member page’s 社会任职 tab', () => {
  it('lists the roles held first and the associations the member is in', async () => {
    renderRoles([rolesMock([HELD, ENDED]), associationsMock]);
    const roles = await screen.findByRole('region', { name: '社会任职' });
    const titles = await within(roles).findAllByText(/^(小区党支部书记|关工委)/);
    expect(titles.map((title) => title.textContent)).toEqual([
      '小区党支部书记（书记） 在任',
      '关工委 已卸任',
    ]);
    const [held, ended] = titles.map((title) => title.closest('li')!);
    expect(held).toHaveTextContent('东坪镇茶乡社区党支部 · 2019-03-01 — 至今');
    expect(ended).toHaveTextContent('县关工委 · 2012-05-01 — 2018-05-01');
    // Only a role still held can be ended.
    expect(screen.getAllByRole('button', { name: /^卸任/ })).toHaveLength(1);

    const associations = screen.getByRole('region', { name: '参加的社会团体' });
    expect(await within(associations).findByRole('link', { name: '梅山诗社' })).toHaveAttribute(
      'href',
      '/associations/Association%3A2',
    );
    expect(within(associations).getByText('会长')).toBeInTheDocument();
    expect(within(associations).getByText('2015-09-01 — 至今')).toBeInTheDocument();
  });

  it('adds a role: a refusal shows on the field it names, then the corrected role is saved', async () => {
    const sent: AddMemberRoleMutationVariables[] = [];
    const record = (variables: AddMemberRoleMutationVariables) => {
      sent.push(variables);
      return true;
    };
    renderRoles([
      rolesMock([ENDED]),
      associationsMock,
      {
        request: { query: AddMemberRoleDocument, variables: record },
        result: {
          data: {
            addMemberRole: payload([
              {
                __typename: 'UserError',
                field: ['endedOn'],
                code: 'TOO_EARLY',
                message: '卸任日期不能早于任职日期 (before it began)',
                params: null,
              },
            ]),
          },
        },
      },
      {
        request: { query: AddMemberRoleDocument, variables: record },
        result: { data: { addMemberRole: payload([]) } },
      },
      rolesMock([
        role('MemberRole:9', { title: '委员', kind: 'COMMUNITY_BRANCH_COMMITTEE' }),
        ENDED,
      ]),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /添加任职/ }));
    const dialog = await screen.findByRole('dialog', { name: '添加社会任职：陈菊平' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: '任职类别' }));
    await userEvent.click(await screen.findByTitle('小区党支部委员'));
    await userEvent.type(within(dialog).getByLabelText('任职单位'), '东坪镇茶乡社区党支部');
    await userEvent.type(within(dialog).getByLabelText('职务'), '委员');
    fireEvent.change(within(dialog).getByLabelText('任职日期'), {
      target: { value: '2020-01-01' },
    });
    fireEvent.change(within(dialog).getByLabelText('卸任日期'), {
      target: { value: '2019-01-01' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await within(dialog).findByText('日期早于所允许的最早日期')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          memberId: MEMBER.id,
          kind: 'COMMUNITY_BRANCH_COMMITTEE',
          organisation: '东坪镇茶乡社区党支部',
          studioId: null,
          title: '委员',
          startedOn: '2020-01-01',
          endedOn: '2019-01-01',
        },
      },
    ]);

    fireEvent.change(within(dialog).getByLabelText('卸任日期'), { target: { value: '' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('小区党支部委员（委员）')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent[1].input.endedOn).toBeNull();
  });

  it('takes a studio, not an organisation, for a 五老工作室 role', async () => {
    renderRoles([
      rolesMock([]),
      associationsMock,
      {
        request: { query: EldersStudioOptionsDocument },
        result: {
          data: {
            eldersStudios: {
              __typename: 'EldersStudioConnection',
              nodes: [
                { __typename: 'EldersStudio', id: 'EldersStudio:1', name: '东坪镇五老工作室' },
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('暂无社会任职')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /添加任职/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('任职单位')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('combobox', { name: '任职类别' }));
    await userEvent.click(await screen.findByTitle('五老工作室'));
    expect(within(dialog).queryByLabelText('任职单位')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('combobox', { name: '五老工作室' }));
    expect(await screen.findByTitle('东坪镇五老工作室')).toBeInTheDocument();
  });

  it('ends a role held with the version read', async () => {
    const sent: EndMemberRoleMutationVariables[] = [];
    renderRoles([
      rolesMock([HELD]),
      associationsMock,
      {
        request: {
          query: EndMemberRoleDocument,
          variables: (variables: EndMemberRoleMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            endMemberRole: {
              __typename: 'MemberRolePayload',
              role: { __typename: 'MemberRole', id: HELD.id, endedOn: chinaToday(), version: 3 },
              userErrors: [],
            },
          },
        },
      },
      rolesMock([{ ...HELD, endedOn: chinaToday(), version: 3 }]),
    ]);
    await userEvent.click(
      await screen.findByRole('button', { name: '卸任：小区党支部书记（书记）' }),
    );
    const dialog = await screen.findByRole('dialog', { name: '卸任：小区党支部书记（书记）' });
    expect(within(dialog).getByLabelText('卸任日期')).toHaveValue(chinaToday());
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已卸任')).toBeInTheDocument();
    expect(sent).toEqual([
      { input: { roleId: HELD.id, endedOn: chinaToday(), expectedVersion: 2 } },
    ]);
  });

  it('offers neither adding nor ending to a read-only account', async () => {
    renderRoles([rolesMock([HELD]), associationsMock], 'VIEWER');
    expect(await screen.findByText('小区党支部书记（书记）')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加任职/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^卸任/ })).not.toBeInTheDocument();
  });
});
