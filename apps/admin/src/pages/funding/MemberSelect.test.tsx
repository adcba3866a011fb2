import '../../test/resize-observer';
import { useState } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { Observable } from 'rxjs';
import { createCache } from '../../app/apollo';
import { I18nProvider } from '../../app/i18n';
import { MemberSelect } from './MemberSelect';

jest.setTimeout(60_000);

const branch = { __typename: 'Branch', id: 'Branch:7', name: '东坪镇第一党支部' };
const member = (id: number, name: string, status = 'ACTIVE') => ({
  __typename: 'Member',
  id: `Member:${id}`,
  name,
  status,
  branch,
});

/** A member search the test answers when it likes, in the order it likes. */
interface Asked {
  search: string | null;
  answer: (nodes: ReturnType<typeof member>[]) => void;
}

function renderPicker() {
  const asked: Asked[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const answer = (nodes: ReturnType<typeof member>[]) => {
          observer.next({
            data:
              operation.operationName === 'FundingMemberSearch'
                ? { members: { __typename: 'MemberConnection', nodes } }
                : { node: nodes[0] },
          });
          observer.complete();
        };
        if (operation.operationName === 'FundingMemberSearch')
          asked.push({ search: operation.variables.search as string | null, answer });
        else answer([member(3, '张三')]);
      }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  function Picker() {
    const [value, setValue] = useState<string | null>(null);
    return (
      <>
        <MemberSelect aria-label="人员" value={value} onChange={setValue} />
        <output aria-label="已选">{value ?? ''}</output>
      </>
    );
  }
  render(
    <StyleProvider mock="server">
      <ApolloProvider client={client}>
        <I18nProvider locale="zh-CN">
          <Picker />
        </I18nProvider>
      </ApolloProvider>
    </StyleProvider>,
  );
  /** The request for `search`, once it has been sent. */
  const request = async (search: string | null) => {
    await waitFor(() => expect(asked.map((a) => a.search)).toContain(search));
    return asked.filter((a) => a.search === search).at(-1)!;
  };
  return { asked, request };
}

const spinner = () => screen.queryByRole('status', { name: '正在加载…' });
const option = (title: string) => screen.queryByTitle(title, { normalizer: (text) => text });

describe('the member picker', () => {
  it('shows only the answer for the text typed last: a spinner while it is on its way, a late answer for earlier text dropped', async () => {
    const { request } = renderPicker();
    const box = screen.getByRole('combobox', { name: '人员' });

    await userEvent.click(box);
    expect(spinner()).toBeInTheDocument();
    const first = await request(null);
    act(() => first.answer([member(1, '刘桂兰', 'DECEASED'), member(2, '张德明')]));
    // The titles are the text shown, with nothing after the branch of a member on the roll.
    expect(
      await screen.findByTitle('张德明 · 东坪镇第一党支部', { normalizer: (t) => t }),
    ).toBeInTheDocument();
    expect(option('刘桂兰 · 东坪镇第一党支部 已故')).toBeInTheDocument();
    expect(spinner()).not.toBeInTheDocument();

    // Typing: the list for the empty box goes at once, the spinner shows until 张 is answered.
    await userEvent.type(box, '张');
    expect(option('张德明 · 东坪镇第一党支部')).not.toBeInTheDocument();
    expect(spinner()).toBeInTheDocument();
    const zhang = await request('张');
    await userEvent.type(box, '三');
    expect(spinner()).toBeInTheDocument();
    const zhangSan = await request('张三');

    // 张三 is answered first; the answer for 张 comes after it and must not replace it.
    act(() => zhangSan.answer([member(3, '张三')]));
    expect(await screen.findByTitle('张三 · 东坪镇第一党支部')).toBeInTheDocument();
    expect(spinner()).not.toBeInTheDocument();
    await act(async () => {
      zhang.answer([member(2, '张德明'), member(4, '张三丰')]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(option('张德明 · 东坪镇第一党支部')).not.toBeInTheDocument();
    expect(option('张三丰 · 东坪镇第一党支部')).not.toBeInTheDocument();
    expect(option('张三 · 东坪镇第一党支部')).toBeInTheDocument();

    await userEvent.click(screen.getByTitle('张三 · 东坪镇第一党支部'));
    expect(screen.getByRole('status', { name: '已选' })).toHaveTextContent('Member:3');
  });

  it('opens again on the list for the empty box, not on the one for the text chosen from', async () => {
    const { asked, request } = renderPicker();
    const box = screen.getByRole('combobox', { name: '人员' });
    await userEvent.click(box);
    act(() => asked[0].answer([member(2, '张德明')]));
    await userEvent.type(box, '张三');
    const zhangSan = await request('张三');
    act(() => zhangSan.answer([member(3, '张三')]));
    await userEvent.click(await screen.findByTitle('张三 · 东坪镇第一党支部'));
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'false'));

    await userEvent.click(box);
    expect(option('张三 · 东坪镇第一党支部')).not.toBeInTheDocument();
    expect(spinner()).toBeInTheDocument();
    await waitFor(() => expect(asked.filter((a) => a.search === null)).toHaveLength(2));
    act(() => asked.at(-1)!.answer([member(2, '张德明'), member(3, '张三')]));
    expect(await screen.findByTitle('张德明 · 东坪镇第一党支部')).toBeInTheDocument();
  });
});
