import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import { chinaToday } from '@wanxia/schema';
import ListsPage from './ListsPage';
import {
  DecadeBirthdaysDocument,
  MedalMembersDocument,
  PoliticalBirthdaysDocument,
} from './queries';

jest.setTimeout(60_000);

const branch = { __typename: 'Branch' as const, id: 'B11', name: '县直机关离退休干部第一党支部' };

/** One page of members, the last. */
const page = (nodes: object[]) => ({
  data: {
    members: {
      __typename: 'MemberConnection',
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: nodes.map((n) => ({ __typename: 'Member', branch, ...n })),
    },
  },
});

const decadeMock: MockLink.MockedResponse = {
  request: {
    query: DecadeBirthdaysDocument,
    variables: { year: 2028, from: '02-01', to: '02-29', after: null },
  },
  result: page([
    { id: 'M1', name: '张三', gender: 'MALE', birthDate: '1948-02-03' },
    // Born on 29 February: 2028 is a leap year, so the birthday is on the day.
    { id: 'M2', name: '李四', gender: 'FEMALE', birthDate: '1938-02-29' },
  ]),
};

const politicalMock: MockLink.MockedResponse = {
  request: { query: PoliticalBirthdaysDocument, variables: { month: 2, after: null } },
  result: page([{ id: 'M3', name: '王五', gender: 'MALE', partyJoinDate: '1958-02-14' }]),
};

const medalMock: MockLink.MockedResponse = {
  request: { query: MedalMembersDocument, variables: { after: null } },
  result: page([
    {
      id: 'M4',
      name: '赵六',
      gender: 'MALE',
      birthDate: '1940-05-01',
      // Full membership not on record: 党龄 counts from joining + 1 year, flagged.
      partyStandingFrom: '1963-07-01',
      partyStandingEstimated: true,
      partyYears: 62,
    },
  ]),
};

function renderLists(route: string, mocks: MockLink.MockedResponse[]) {
  return renderScreen(
    <ViewerTestProvider role="ADMIN">
      <ListsPage />
    </ViewerTestProvider>,
    { route, mocks },
  );
}

describe('the printed lists', () => {
  it('lists the month’s decade birthdays, asking for that month of that year', async () => {
    renderLists('/visits/lists?month=2028-02', [decadeMock]);
    const table = await screen.findByRole('table', { name: '本月整十生日' });
    expect(
      screen.getByRole('heading', { name: '2028年2月整十生日老干部名单' }),
    ).toBeInTheDocument();
    expect(screen.getByText('安化县委老干部局')).toBeInTheDocument();
    expect(screen.getByText('共 2 人')).toBeInTheDocument();

    const first = within(table).getByRole('link', { name: '张三' }).closest('tr')!;
    expect(first).toHaveTextContent('1948-02-03');
    expect(first).toHaveTextContent('2月3日');
    expect(first).toHaveTextContent('80 岁');
    expect(within(first).getByRole('link', { name: '张三' })).toHaveAttribute('href', '/roster/M1');
    const leapling = within(table).getByRole('link', { name: '李四' }).closest('tr')!;
    expect(leapling).toHaveTextContent('2月29日');
    expect(leapling).toHaveTextContent('90 岁');
    expect(leapling).toHaveTextContent('女');
  });

  it('prints just the list, with a signature column when asked', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderLists('/visits/lists?month=2028-02', [decadeMock]);
    const table = await screen.findByRole('table', { name: '本月整十生日' });
    expect(within(table).queryByText('签名')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: '签名栏' }));
    expect(within(table).getByText('签名')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /打印名单/ }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('lists political birthdays by the month’s number, with the years they complete', async () => {
    renderLists('/visits/lists?list=political&month=2028-02', [politicalMock]);
    const table = await screen.findByRole('table', { name: '本月政治生日' });
    const row = within(table).getByRole('link', { name: '王五' }).closest('tr')!;
    expect(row).toHaveTextContent('1958-02-14');
    expect(row).toHaveTextContent('70 年');
    expect(
      screen.getByRole('heading', { name: '2028年2月政治生日老党员名单' }),
    ).toBeInTheDocument();
  });

  it('lists this year’s 50-year medal recipients whatever the month', async () => {
    renderLists('/visits/lists?list=medal&month=2028-02', [medalMock]);
    const table = await screen.findByRole('table', { name: '光荣在党50年' });
    const year = chinaToday().slice(0, 4);
    expect(
      screen.getByRole('heading', { name: `${year}年“光荣在党50年”纪念章颁发对象名单` }),
    ).toBeInTheDocument();
    const row = within(table).getByRole('link', { name: '赵六' }).closest('tr')!;
    expect(row).toHaveTextContent('1963-07-01（估）');
    expect(row).toHaveTextContent('62 年');
    expect(screen.queryByRole('textbox', { name: '月份' })).not.toBeInTheDocument();
  });
});
