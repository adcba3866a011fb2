import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import { LocationDisplay, currentSearchParams } from '../../test/location';
import { chinaToday, monthDayRange } from '@wanxia/schema';
import type { MemberFilter, RosterMembersQueryVariables } from '../../gql/graphql';
import { Prefetched } from '../../test/prefetch';
import RosterList from './RosterList';
import { prefetch } from './prefetch';
import { RosterMembersDocument } from './queries';
import { COMPACT_QUERY } from '../../components/useCompact';
import { rosterPage, rosterRow } from './test-fixtures';

const FIRST_PAGE = [
  rosterRow({ id: 'TWVtYmVyOjE', name: '蔡安忠', phone: '137****3556' }),
  rosterRow({ id: 'TWVtYmVyOjI', name: '陈菊平', gender: 'FEMALE', retirementType: 'LIXIU' }),
];

/** A roster answer for requests whose filter matches, recording what was asked. */
function rosterMock(
  matches: (filter: MemberFilter) => boolean,
  result: ReturnType<typeof rosterPage>,
  asked: RosterMembersQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: RosterMembersDocument,
      variables: (variables: RosterMembersQueryVariables) => {
        const ok = matches(variables.filter ?? {});
        if (ok) asked.push(variables);
        return ok;
      },
    },
    result,
  };
}

function renderRoster(
  route: string,
  mocks: MockLink.MockedResponse[],
  role: 'ADMIN' | 'VIEWER' = 'ADMIN',
  prefetched?: 'asking' | 'answered',
) {
  const roster = prefetched ? (
    <Prefetched prefetch={prefetch} answered={prefetched === 'answered'}>
      <RosterList />
    </Prefetched>
  ) : (
    <RosterList />
  );
  return renderScreen(
    <ViewerTestProvider role={role}>
      {roster}
      <LocationDisplay />
    </ViewerTestProvider>,
    { route, mocks },
  );
}

describe('the roster', () => {
  beforeEach(() => localStorage.clear());

  it('shows a page of members, the total, and masked personal data', async () => {
    const asked: RosterMembersQueryVariables[] = [];
    renderRoster('/roster', [
      rosterMock((f) => !f.search, rosterPage(FIRST_PAGE, 5622, true), asked),
    ]);
    expect(await screen.findByText('蔡安忠')).toBeInTheDocument();
    expect(screen.getByText('共 5622 人')).toBeInTheDocument();
    expect(screen.getByText('第 1 / 282 页', { exact: false })).toBeInTheDocument();
    // One request, for current members only, 20 to a page.
    expect(asked).toEqual([{ filter: { status: ['ACTIVE'] }, first: 20 }]);

    const name = screen.getByText('陈菊平');
    // The name is a link to the member's page.
    expect(name.closest('a')).toHaveAttribute('href', '/roster/TWVtYmVyOjI');
    const row = name.closest('tr')!;
    expect(within(row).getByText('离休')).toBeInTheDocument();
    expect(within(row).getByText('女')).toBeInTheDocument();
    expect(within(row).getByText('在册')).toBeInTheDocument();
    expect(screen.getByText('137****3556')).toBeInTheDocument();
    expect(screen.getByText('新增人员')).toBeInTheDocument();
    expect(screen.getByText('下一页').closest('button')).toBeEnabled();
    expect(screen.getByText('上一页').closest('button')).toBeDisabled();
  });

  it.each(['asking', 'answered'] as const)(
    'draws the page the address asks for from the request started before it (%s)',
    async (prefetched) => {
      const asked: RosterMembersQueryVariables[] = [];
      // Any filter answers: a prefetch that asked another page than the screen, or a screen
      // that asked again, would show as two.
      renderRoster(
        '/roster?status=ALL&q=cai&sort=BIRTH_DATE&dir=DESC',
        [{ ...rosterMock(() => true, rosterPage(FIRST_PAGE, 2, false), asked), maxUsageCount: 2 }],
        'ADMIN',
        prefetched,
      );
      expect(await screen.findByText('蔡安忠')).toBeInTheDocument();
      expect(asked).toEqual([
        {
          filter: { search: 'cai' },
          orderBy: { field: 'BIRTH_DATE', direction: 'DESC' },
          first: 20,
        },
      ]);
    },
  );

  it('searches as the person types: the URL and the query follow', async () => {
    const asked: RosterMembersQueryVariables[] = [];
    renderRoster('/roster', [
      rosterMock((f) => !f.search, rosterPage(FIRST_PAGE, 5622)),
      rosterMock(
        (f) => f.search === 'zjg',
        rosterPage([rosterRow({ id: 'TWVtYmVyOjM', name: '张建国' })], 1),
        asked,
      ),
    ]);
    await screen.findByText('蔡安忠');

    await userEvent.type(screen.getByLabelText('搜索人员'), 'zjg');
    expect(await screen.findByText('张建国')).toBeInTheDocument();
    expect(screen.getByText('共 1 人')).toBeInTheDocument();
    expect(currentSearchParams(screen.getByTestId('location')).get('q')).toBe('zjg');
    // Asked once, after the typing paused, not once per letter.
    expect(asked).toEqual([{ filter: { status: ['ACTIVE'], search: 'zjg' }, first: 20 }]);
  });

  it('reads the filters of a shared link back', async () => {
    const asked: RosterMembersQueryVariables[] = [];
    renderRoster('/roster?status=ACTIVE&birthdays=month&medal=1&ageMin=80', [
      rosterMock(() => true, rosterPage(FIRST_PAGE, 2), asked),
    ]);
    await screen.findByText('蔡安忠');
    const { from, to } = monthDayRange(chinaToday());
    expect(asked[0].filter).toEqual({
      status: ['ACTIVE'],
      birthdayFrom: from,
      birthdayTo: to,
      eligibleForMedal: 'PARTY_50_YEARS',
      ageMin: 80,
    });
    expect(screen.getByLabelText('本月过生日')).toBeChecked();
    expect(screen.getByLabelText(/光荣在党50年/)).toBeChecked();
    expect(screen.getByLabelText('最小年龄')).toHaveValue('80');
  });

  it('on a phone, keeps the filters beside the search in a drawer, with how many are set', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query === COMPACT_QUERY });
    try {
      renderRoster('/roster?ageMin=80&medal=1', [
        rosterMock(() => true, rosterPage(FIRST_PAGE, 2)),
      ]);
      await screen.findByText('蔡安忠');
      expect(screen.getByLabelText('搜索人员')).toBeInTheDocument();
      // The other filters wait in the drawer: the button says how many are set.
      expect(screen.queryByLabelText('最小年龄')).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: '筛选（已选 2 项）' }));
      const drawer = await screen.findByRole('dialog');
      expect(within(drawer).getByLabelText('最小年龄')).toHaveValue('80');

      // A change applies at once: the URL and the count follow.
      await userEvent.click(within(drawer).getByLabelText('本月过生日'));
      await waitFor(() =>
        expect(currentSearchParams(screen.getByTestId('location')).get('birthdays')).toBe('month'),
      );
      expect(screen.getByRole('button', { name: '筛选（已选 3 项）' })).toBeInTheDocument();

      // 清空筛选 clears them all.
      await userEvent.click(within(drawer).getByRole('button', { name: /清空筛选/ }));
      await waitFor(() =>
        expect([...currentSearchParams(screen.getByTestId('location')).keys()]).toEqual([]),
      );
      expect(screen.getByRole('button', { name: '筛选' })).toBeInTheDocument();
    } finally {
      window.matchMedia = wide;
    }
  });

  it('turns the page with the cursor and keeps it in the URL', async () => {
    const asked: RosterMembersQueryVariables[] = [];
    renderRoster('/roster', [
      rosterMock(() => true, rosterPage(FIRST_PAGE, 45, true)),
      rosterMock(
        () => true,
        rosterPage([rosterRow({ id: 'TWVtYmVyOjk', name: '王德生' })], 45, true),
        asked,
      ),
    ]);
    await userEvent.click(await screen.findByText('下一页'));
    expect(await screen.findByText('王德生')).toBeInTheDocument();
    expect(asked[0]).toMatchObject({ first: 20, after: 'c-end' });
    const params = currentSearchParams(screen.getByTestId('location'));
    expect(params.get('after')).toBe('c-end');
    expect(params.get('page')).toBe('2');
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    renderRoster('/roster?retirementType=LIXIU&ageMin=120', [
      rosterMock(() => true, rosterPage([], 0)),
    ]);
    expect(await screen.findByText('没有符合条件的人员，试试放宽筛选条件')).toBeInTheDocument();
    expect(screen.getByText('清空筛选').closest('button')).toBeEnabled();
  });

  it('shows the failure with a way to try again', async () => {
    renderRoster('/roster', [
      {
        request: { query: RosterMembersDocument, variables: () => true },
        error: new Error('网络中断'),
      },
    ]);
    expect(await screen.findByText(/加载失败：网络中断/)).toBeInTheDocument();
    expect(screen.getByText(/重\s*试/).closest('button')).toBeInTheDocument();
  });

  it('offers no new-member button to those who may only read', async () => {
    renderRoster('/roster', [rosterMock(() => true, rosterPage(FIRST_PAGE, 2))], 'VIEWER');
    await screen.findByText('蔡安忠');
    expect(screen.queryByText('新增人员')).not.toBeInTheDocument();
  });

  it('remembers the columns a person hides', async () => {
    const { unmount } = renderRoster('/roster', [
      rosterMock(() => true, rosterPage(FIRST_PAGE, 2)),
    ]);
    await screen.findByText('蔡安忠');
    const header = () => screen.queryByText('联系电话', { selector: 'th, th *' });
    expect(header()).toBeInTheDocument();
    await userEvent.click(screen.getByText('列设置'));
    await userEvent.click(await screen.findByLabelText('联系电话'));
    await waitFor(() => expect(header()).not.toBeInTheDocument());
    unmount();
    renderRoster('/roster', [rosterMock(() => true, rosterPage(FIRST_PAGE, 2))]);
    await screen.findByText('蔡安忠');
    expect(header()).not.toBeInTheDocument();
  });
});
