import '../test/resize-observer';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../test/render';
import {
  BranchOptionsDocument,
  BranchTreeSelect,
  branchTyped,
  type BranchOption,
} from './BranchTreeSelect';

const BRANCHES: BranchOption[] = [
  { id: 'G1', name: '城关离退休干部党总支', kind: 'GENERAL_BRANCH', parentId: null },
  { id: 'B1', name: '教育局退休党支部', kind: 'BRANCH', parentId: 'G1' },
  { id: 'B2', name: '教育局离休党支部', kind: 'BRANCH', parentId: 'G1' },
  { id: 'B3', name: '卫健局退休党支部', kind: 'BRANCH', parentId: 'G1' },
];

const branchesMock = {
  request: { query: BranchOptionsDocument, variables: { after: null } },
  result: {
    data: {
      branches: {
        __typename: 'BranchConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: BRANCHES.map((b) => ({
          __typename: 'Branch',
          id: b.id,
          name: b.name,
          kind: b.kind,
          parent: b.parentId ? { __typename: 'Branch', id: b.parentId } : null,
        })),
      },
    },
  },
};

describe('the branch picker', () => {
  it('takes a typed name to the branch it names, and nothing while several could be meant', () => {
    const any = () => true;
    expect(branchTyped(BRANCHES, '教育局退休党支部', any)?.id).toBe('B1');
    expect(branchTyped(BRANCHES, ' 卫健局 ', any)?.id).toBe('B3');
    expect(branchTyped(BRANCHES, '教育局', any)).toBeNull();
    expect(branchTyped(BRANCHES, '', any)).toBeNull();
    // Where only 党支部 may be chosen, the general branch is not a match.
    expect(branchTyped(BRANCHES, '城关', (b) => b.kind === 'BRANCH')).toBeNull();
  });

  it('chooses the branch whose name is typed when Enter is pressed', async () => {
    const onChange = jest.fn();
    renderScreen(<BranchTreeSelect aria-label="所属党组织" onChange={onChange} />, {
      mocks: [branchesMock],
    });
    const picker = screen.getByRole('combobox', { name: '所属党组织' });
    await userEvent.click(picker);
    await userEvent.type(picker, '卫健局');
    // The loaded tree shows the match (the search opens the branches above it).
    await screen.findByTitle('卫健局退休党支部');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('B3'));
  });

  it('shows a match typed before the branches arrived', async () => {
    renderScreen(<BranchTreeSelect aria-label="所属党组织" />, {
      mocks: [{ ...branchesMock, delay: 300 }],
    });
    const picker = screen.getByRole('combobox', { name: '所属党组织' });
    await userEvent.click(picker);
    await userEvent.type(picker, '卫健局');
    await screen.findByTitle('卫健局退休党支部');
  });

  it('offers only a bureau’s branches when given one', async () => {
    const bureauId = 'Bureau:430922';
    const ofBureau = {
      request: { query: BranchOptionsDocument, variables: { after: null, filter: { bureauId } } },
      result: {
        data: {
          branches: {
            ...branchesMock.result.data.branches,
            nodes: branchesMock.result.data.branches.nodes.filter((b) => b.id !== 'B3'),
          },
        },
      },
    };
    renderScreen(<BranchTreeSelect aria-label="所属党组织" bureauId={bureauId} />, {
      mocks: [ofBureau],
    });
    const picker = screen.getByRole('combobox', { name: '所属党组织' });
    await userEvent.click(picker);
    await userEvent.type(picker, '局');
    await screen.findByTitle('教育局退休党支部');
    expect(screen.queryByTitle('卫健局退休党支部')).toBeNull();
  });
});
