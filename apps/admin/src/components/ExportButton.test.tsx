import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../test/render';
import { ExportButton, exportPath } from './ExportButton';
import { fileNameOf } from './api-file';

const FILE_NAME = '人员名单-2026-06-15.xlsx';

describe('exporting a list to Excel', () => {
  let fetchMock: jest.Mock;
  let saved: string[];

  beforeEach(() => {
    fetchMock = jest.fn();
    globalThis.fetch = fetchMock;
    saved = [];
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('asks for the list as filtered and saves it under the server’s file name', async () => {
    fetchMock.mockResolvedValue({
      ok: true,
      status: 200,
      headers: {
        get: (name: string) =>
          name === 'content-disposition'
            ? `attachment; filename="members-2026-06-15.xlsx"; filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`
            : null,
      },
      blob: async () => new Blob(['xlsx']),
    });
    const filter = { status: ['ACTIVE'], search: '张' };
    renderScreen(
      <ExportButton
        list="members"
        filter={filter}
        orderBy={{ field: 'NAME', direction: 'DESC' }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));

    expect(await screen.findByText(`已导出：${FILE_NAME}`)).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    const params = new URL(url, 'http://console').searchParams;
    expect(url.startsWith('/api/members/export.xlsx?')).toBe(true);
    expect(JSON.parse(params.get('filter')!)).toEqual(filter);
    expect(JSON.parse(params.get('orderBy')!)).toEqual({ field: 'NAME', direction: 'DESC' });
    // The session goes as its HttpOnly cookie, with the header that shows it is not forged.
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('x-wanxia-csrf')).toBe('1');
    expect(new Headers(init.headers).get('authorization')).toBeNull();
    expect(saved).toEqual([FILE_NAME]);
  });

  it('says why an export was refused', async () => {
    fetchMock.mockResolvedValue({
      ok: false,
      status: 403,
      json: async () => ({
        error: { code: 'FORBIDDEN', message: '无权执行此操作 (requires visits:read)' },
      }),
    });
    renderScreen(<ExportButton list="visits" />);
    await userEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('导出失败：无权执行此操作')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('builds addresses and reads file names as the server writes them', () => {
    expect(exportPath({ list: 'visit-tasks' })).toBe('/api/visit-tasks/export.xlsx');
    expect(
      fileNameOf(
        `attachment; filename="a.xlsx"; filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`,
      ),
    ).toBe(FILE_NAME);
    expect(fileNameOf('attachment; filename="a.xlsx"')).toBe('a.xlsx');
    expect(fileNameOf(null)).toBeNull();
  });
});
