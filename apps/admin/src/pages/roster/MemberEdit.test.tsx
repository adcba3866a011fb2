import '../../test/resize-observer';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { ViewerTestProvider, testViewer } from '../../test/viewer';
import type { UpdateMemberInput } from '../../gql/graphql';
import type { Viewer } from '../../app/viewer';
import MemberEdit from './MemberEdit';
import {
  MemberDetailDocument,
  MemberPersonalDataDocument,
  TownshipsDocument,
  UpdateMemberDocument,
} from './queries';
import { MEMBER_ID, TOWNSHIPS, memberDetail, personalDataResult } from './test-fixtures';

const detail = (member = memberDetail()): MockLink.MockedResponse => ({
  request: { query: MemberDetailDocument, variables: { id: MEMBER_ID } },
  result: { data: { node: member } },
});
const personal: MockLink.MockedResponse = {
  request: { query: MemberPersonalDataDocument, variables: { id: MEMBER_ID } },
  result: personalDataResult(),
};
const townships: MockLink.MockedResponse = {
  request: { query: TownshipsDocument },
  result: { data: { townships: TOWNSHIPS } },
};

function update(
  input: UpdateMemberInput,
  answer: { member?: ReturnType<typeof memberDetail>; userErrors?: object[] },
): MockLink.MockedResponse {
  return {
    request: { query: UpdateMemberDocument, variables: { input } },
    result: {
      data: {
        updateMember: {
          __typename: 'UpdateMemberPayload',
          member: answer.member ?? null,
          userErrors: (answer.userErrors ?? []).map((e) => ({ __typename: 'UserError', ...e })),
        },
      },
    },
  };
}

function renderEdit(mocks: MockLink.MockedResponse[], viewer: Viewer = testViewer('ADMIN')) {
  return renderScreen(
    <ViewerTestProvider viewer={viewer}>
      <Routes>
        <Route path="/roster/:id/edit" element={<MemberEdit />} />
        <Route path="/roster/:id" element={<LocationDisplay />} />
      </Routes>
    </ViewerTestProvider>,
    { route: `/roster/${MEMBER_ID}/edit`, mocks },
  );
}

async function changePhone(value: string) {
  const phone = await screen.findByLabelText('联系电话');
  await waitFor(() => expect(phone).toHaveValue('13743430054'));
  await userEvent.clear(phone);
  await userEvent.type(phone, value);
  await userEvent.click(screen.getByText(/^保\s*存$/));
}

describe('editing a member', () => {
  it('fills the form from the member, personal data in full for those allowed', async () => {
    renderEdit([detail(), personal, townships]);
    expect(await screen.findByText('编辑：陈菊平')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText('身份证号')).toHaveValue('430923193112251689'),
    );
    expect(screen.getByLabelText('姓名')).toHaveValue('陈菊平');
    expect(screen.getByLabelText('联系领导')).toHaveValue('县委宣传部部长 夏国平');
    expect(screen.getByText(/已载入完整个人信息以便修改/)).toBeInTheDocument();
  });

  it('shows a problem from the server on the field it concerns', async () => {
    renderEdit([
      detail(),
      personal,
      townships,
      // Only the changed field travels, with the version the edit started from.
      update(
        { id: MEMBER_ID, expectedVersion: 1, phone: '13800000000' },
        {
          userErrors: [
            {
              field: ['phone'],
              code: 'INVALID',
              message: '该号码已停用 (this number is out of service)',
            },
          ],
        },
      ),
    ]);
    await changePhone('13800000000');
    expect(await screen.findByText('格式或取值不正确')).toBeInTheDocument();
    expect(screen.getByText('格式或取值不正确').closest('.ant-form-item')).toHaveTextContent(
      '联系电话',
    );
  });

  it('after someone else saved first, reloads their version and keeps the person’s own changes', async () => {
    const theirs = memberDetail({ version: 2, contactLeader: '县长 李四' });
    renderEdit([
      detail(),
      personal,
      townships,
      update(
        { id: MEMBER_ID, expectedVersion: 1, phone: '13800000000' },
        {
          userErrors: [
            {
              field: ['expectedVersion'],
              code: 'STALE',
              message:
                '记录已被他人修改（当前版本 2），请刷新后重试 (changed by someone else: now version 2)',
            },
          ],
        },
      ),
      detail(theirs),
      personal,
      update(
        { id: MEMBER_ID, expectedVersion: 2, phone: '13800000000' },
        { member: memberDetail({ version: 3, contactLeader: '县长 李四' }) },
      ),
    ]);
    await changePhone('13800000000');

    expect(await screen.findByText('记录已被他人修改')).toBeInTheDocument();
    await userEvent.click(screen.getByText('载入最新版本并保留我的修改'));

    expect(await screen.findByText(/保留了您修改的 1 项：联系电话/)).toBeInTheDocument();
    expect(screen.getByLabelText('联系领导')).toHaveValue('县长 李四');
    expect(screen.getByLabelText('联系电话')).toHaveValue('13800000000');
    expect(screen.queryByText('记录已被他人修改')).not.toBeInTheDocument();

    await userEvent.click(screen.getByText(/^保\s*存$/));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(await screen.findByTestId('location')).toHaveTextContent(`/roster/${MEMBER_ID}`);
  });

  it('without the right to see personal data, leaves those fields empty and keeps them', async () => {
    const tokenLike = {
      ...testViewer('SECRETARY'),
      permissions: ['MEMBERS_READ' as const, 'MEMBERS_WRITE' as const],
    };
    renderEdit(
      [
        detail(),
        townships,
        update(
          { id: MEMBER_ID, expectedVersion: 1, name: '陈菊萍' },
          { member: memberDetail({ version: 2 }) },
        ),
      ],
      tokenLike,
    );
    expect(await screen.findByText(/您无权查看完整个人信息/)).toBeInTheDocument();
    expect(screen.getByLabelText('联系电话')).toHaveValue('');
    expect(screen.getByText('留空则保留原值（137****0054）')).toBeInTheDocument();

    const name = screen.getByLabelText('姓名');
    await userEvent.clear(name);
    await userEvent.type(name, '陈菊萍');
    await userEvent.click(screen.getByText(/^保\s*存$/));
    expect(await screen.findByTestId('location')).toHaveTextContent(`/roster/${MEMBER_ID}`);
  });
});
