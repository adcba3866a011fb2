import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import SettingsPage from './SettingsPage';
import { ChangePasswordDocument, UpdateProfileDocument } from './queries';

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

function renderSettings(mocks: MockLink.MockedResponse[]) {
  renderScreen(
    <ViewerTestProvider role="SECRETARY">
      <App>
        <SettingsPage />
      </App>
    </ViewerTestProvider>,
    { mocks },
  );
}

describe('个人设置', () => {
  it('changes the display name', async () => {
    const sent: unknown[] = [];
    renderSettings([
      {
        request: {
          query: UpdateProfileDocument,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            updateProfile: {
              __typename: 'UpdateProfilePayload',
              user: { __typename: 'User', id: 'User:SECRETARY', displayName: '李书记', version: 2 },
              userErrors: [],
            },
          },
        },
      },
    ]);
    const name = screen.getByLabelText('姓名');
    expect(name).toHaveValue('测试SECRETARY');
    await userEvent.clear(name);
    await userEvent.type(name, ' 李书记 ');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('姓名已更新', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([{ input: { displayName: '李书记' } }]);
  });

  it('checks the new password twice before sending, and shows a wrong current one on its field', async () => {
    const sent: unknown[] = [];
    renderSettings([
      {
        request: {
          query: ChangePasswordDocument,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            changePassword: {
              __typename: 'ChangePasswordPayload',
              user: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: ['currentPassword'],
                  code: 'INVALID_CREDENTIALS',
                  message: '当前密码不正确 (the current password is wrong)',
                },
              ],
            },
          },
        },
      },
    ]);
    await userEvent.type(screen.getByLabelText('当前密码'), 'wrong-one1');
    await userEvent.type(screen.getByLabelText('新密码'), 'newpass2026');
    await userEvent.type(screen.getByLabelText('再次输入新密码'), 'newpass2027');
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('两次输入的新密码不一致', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.clear(screen.getByLabelText('再次输入新密码'));
    await userEvent.type(screen.getByLabelText('再次输入新密码'), 'newpass2026');
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('当前密码不正确', {}, SLOW)).toBeInTheDocument();
    await waitFor(() =>
      expect(sent).toEqual([
        { input: { currentPassword: 'wrong-one1', newPassword: 'newpass2026' } },
      ]),
    );
  });
});
