import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { prefetchAfterSignIn } from '../../app/prefetch';
import LoginPage from './LoginPage';

// Loading the signed-in console is the browser's business; here, that it is asked for.
jest.mock('../../app/prefetch', () => ({ prefetchAfterSignIn: jest.fn() }));

/** The server's answer to the sign-in POST, and what the page sent. */
function answerSignIn(login: unknown) {
  const fetchMock = jest
    .fn()
    .mockResolvedValue({ status: 200, json: async () => ({ data: { login } }) });
  globalThis.fetch = fetchMock;
  return fetchMock;
}

function sentInput(fetchMock: jest.Mock) {
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  expect(url).toBe('/graphql');
  expect(init.headers).toMatchObject({ 'x-wanxia-csrf': '1' });
  return (JSON.parse(init.body as string) as { variables: { input: unknown } }).variables.input;
}

describe('the sign-in page', () => {
  it('speaks Chinese first and asks for both fields', async () => {
    renderScreen(<LoginPage />);
    expect(screen.getByRole('heading', { name: '登录晚霞' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
  });

  it('shows the server’s reason when signing in fails', async () => {
    const fetchMock = answerSignIn({
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
    });
    const expected = { username: 'admin', password: 'wrong', sessionCookie: true };
    renderScreen(<LoginPage />);
    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('用户名或密码错误，还可尝试 4 次'),
    );
    expect(sentInput(fetchMock)).toEqual(expected);
  });

  it('asks for the session as a cookie, keeps nothing of it, and returns where the person was', async () => {
    const fetchMock = answerSignIn({
      __typename: 'LoginPayload',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { __typename: 'User', id: 'VXNlcjox', role: 'ADMIN' },
      userErrors: [],
    });
    const expected = { username: 'admin', password: 'wanxia2022', sessionCookie: true };
    renderScreen(
      <>
        <LoginPage />
        <LocationDisplay />
      </>,
      { route: '/login?from=%2Froster' },
    );
    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wanxia2022');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/roster$/));
    expect(sentInput(fetchMock)).toEqual(expected);
    // The console after sign-in was loading while the password was typed.
    expect(prefetchAfterSignIn).toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('takes a branch secretary to 我的待办', async () => {
    const fetchMock = answerSignIn({
      __typename: 'LoginPayload',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { __typename: 'User', id: 'VXNlcjoy', role: 'SECRETARY' },
      userErrors: [],
    });
    const expected = { username: 'shuji', password: 'wanxia2022', sessionCookie: true };
    renderScreen(
      <>
        <LoginPage />
        <LocationDisplay />
      </>,
      { route: '/login' },
    );
    await userEvent.type(screen.getByLabelText('用户名'), 'shuji');
    await userEvent.type(screen.getByLabelText('密码'), 'wanxia2022');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/my-tasks$/));
    expect(sentInput(fetchMock)).toEqual(expected);
  });

  it('says so when the server cannot be reached', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    renderScreen(<LoginPage />);
    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wanxia2022');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('加载失败：Failed to fetch'),
    );
  });

  it('can be read in English', () => {
    renderScreen(<LoginPage />, { locale: 'en-US' });
    expect(screen.getByRole('heading', { name: 'Sign in to Wanxia' })).toBeInTheDocument();
  });
});
