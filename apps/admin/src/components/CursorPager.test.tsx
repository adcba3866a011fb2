import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../test/render';
import { CursorPager, pageNumbers } from './CursorPager';

describe('numbered pages', () => {
  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageNumbers(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('jumps to a page by its number or by typing it, within the pages there are', async () => {
    const onTurn = jest.fn();
    renderScreen(
      <CursorPager
        total={230}
        paging={{ size: 20, cursor: null, page: 1 }}
        pageInfo={{ hasPreviousPage: false, hasNextPage: true, endCursor: 'e' }}
        onTurn={onTurn}
        onSize={jest.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(screen.getByRole('button', { name: '第 12 页' }));
    expect(onTurn).toHaveBeenLastCalledWith({ cursor: null, page: 12 });
    await userEvent.type(
      screen.getByRole('spinbutton', { name: '跳至第几页（回车确认）' }),
      '99{Enter}',
    );
    expect(onTurn).toHaveBeenLastCalledWith({ cursor: null, page: 12 });
    await userEvent.type(
      screen.getByRole('spinbutton', { name: '跳至第几页（回车确认）' }),
      '7{Enter}',
    );
    expect(onTurn).toHaveBeenLastCalledWith({ cursor: null, page: 7 });
    await userEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(onTurn).toHaveBeenLastCalledWith({ cursor: { after: 'e' }, page: 2 });
  });
});
