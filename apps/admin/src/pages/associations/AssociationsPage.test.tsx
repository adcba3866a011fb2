import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { chinaToday } from '@wanxia/schema';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type { Role } from '../../gql/graphql';
import AssociationsPage from './AssociationsPage';
import { AssociationsDocument } from './queries';

jest.setTimeout(60_000);

const YEAR = Number(chinaToday().slice(0, 4));

const membership = (id: number, role: string, name: string) => ({
  __typename: 'AssociationMembership',
  id: `AssociationMembership:${id}`,
  role,
  member: { __typename: 'Member', id: `Member:${id}`, name },
});

const listMock: MockLink.MockedResponse = {
  request: { query: AssociationsDocument, variables: { year: YEAR, first: 20 } },
  result: {
    data: {
      associations: {
        __typename: 'AssociationConnection',
        totalCount: 2,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage: false,
          hasPreviousPage: false,
          startCursor: 'a',
          endCursor: 'b',
        },
        nodes: [
          {
            __typename: 'Association',
            id: 'Association:1',
            name: '“夕阳红”合唱团',
            foundedOn: '2008-10-01',
            memberCount: 3,
            // The API lists leaders first; members are not leaders.
            current: [
              membership(1, 'MEMBER', '刘桂兰'),
              membership(2, 'VICE_PRESIDENT', '王秀英'),
              membership(3, 'PRESIDENT', '李建国'),
            ],
            year: { __typename: 'AssociationYear', activities: 6, awards: 2 },
          },
          {
            __typename: 'Association',
            id: 'Association:2',
            name: '梅山诗社',
            foundedOn: null,
            memberCount: 0,
            current: [],
            year: { __typename: 'AssociationYear', activities: 0, awards: 0 },
          },
        ],
      },
    },
  },
};

function renderList(role: Role) {
  return renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <AssociationsPage />
      </ViewerTestProvider>
    </App>,
    { mocks: [listMock] },
  );
}

describe('the associations list', () => {
  it('shows each association with its leaders, members and the year’s activities and awards', async () => {
    renderList('ADMIN');
    const table = await screen.findByRole('table', { name: '社会团体列表' });
    const choir = (await within(table).findByRole('link', { name: '“夕阳红”合唱团' })).closest(
      'tr',
    )!;
    expect(choir).toHaveTextContent('2008-10-01');
    expect(within(choir).getByText('会长 李建国、副会长 王秀英')).toBeInTheDocument();
    expect(
      within(choir)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['“夕阳红”合唱团', '2008-10-01', '会长 李建国、副会长 王秀英', '3', '6', '2']);
    expect(within(table).getByRole('link', { name: '“夕阳红”合唱团' })).toHaveAttribute(
      'href',
      '/associations/Association%3A1',
    );
    const poets = within(table).getByRole('link', { name: '梅山诗社' }).closest('tr')!;
    expect(
      within(poets)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['梅山诗社', '—', '—', '0', '0', '0']);
    expect(screen.getByRole('columnheader', { name: `${YEAR} 年活动` })).toBeInTheDocument();
    expect(screen.getByText(/^共 2 个社会团体 ·/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建社会团体/ })).toBeInTheDocument();
  });

  it('does not offer a read-only account to create one', async () => {
    renderList('VIEWER');
    await screen.findByRole('link', { name: '梅山诗社' });
    expect(screen.queryByRole('button', { name: /新建社会团体/ })).not.toBeInTheDocument();
  });
});
