import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import LoginPage from './LoginPage';
import { LoginDocument } from './LoginPage';

describe('the sign-in page', () => {
  it('speaks Chinese first and asks for both fields', async () => {
    renderScreen(<LoginPage />);
    expect(screen.getByRole('heading', { name: '登录晚霞' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
  });

  it('shows the server’s reason when signing in fails', async () => {
    const mocks = [
      {
        request: {
          query: LoginDocument,
          variables: { input: { username: 'admin', password: 'wrong', sessionCookie: true } },
        },
        result: {
          data: {
            login: {
              __typename: 'LoginPayload',
              expiresAt: null,
              user: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: ['password'],
                  code: 'INVALID_CREDENTIALS',
                  message: '用户名或密码错误，还可尝试 4 次',
                },
              ],
            },
          },
        },
      },
    ];
    renderScreen(<LoginPage />, { mocks });
    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('用户名或密码错误，还可尝试 4 次'),
    );
  });

  it('asks for the session as a cookie, keeps nothing of it, and returns where the person was', async () => {
    const mocks = [
      {
        request: {
          query: LoginDocument,
          variables: { input: { username: 'admin', password: 'wanxia2022', sessionCookie: true } },
        },
        result: {
          data: {
            login: {
              __typename: 'LoginPayload',
              expiresAt: '2999-01-01T00:00:00Z',
              user: { __typename: 'User', id: 'VXNlcjox', role: 'ADMIN' },
              userErrors: [],
            },
          },
        },
      },
    ];
    renderScreen(
      <>
        <LoginPage />
        <LocationDisplay />
      </>,
      { mocks, route: '/login?from=%2Froster' },
    );
    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wanxia2022');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/roster$/));
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('takes a branch secretary to 我的待办', async () => {
    const mocks = [
      {
        request: {
          query: LoginDocument,
          variables: { input: { username: 'shuji', password: 'wanxia2022', sessionCookie: true } },
        },
        result: {
          data: {
            login: {
              __typename: 'LoginPayload',
              expiresAt: '2999-01-01T00:00:00Z',
              user: { __typename: 'User', id: 'VXNlcjoy', role: 'SECRETARY' },
              userErrors: [],
            },
          },
        },
      },
    ];
    renderScreen(
      <>
        <LoginPage />
        <LocationDisplay />
      </>,
      { mocks, route: '/login' },
    );
    await userEvent.type(screen.getByLabelText('用户名'), 'shuji');
    await userEvent.type(screen.getByLabelText('密码'), 'wanxia2022');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/my-tasks$/));
  });

  it('can be read in English', () => {
    renderScreen(<LoginPage />, { locale: 'en-US' });
    expect(screen.getByRole('heading', { name: 'Sign in to Wanxia' })).toBeInTheDocument();
  });
});
