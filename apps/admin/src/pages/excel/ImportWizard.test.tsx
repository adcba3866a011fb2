import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { ViewerTestProvider } from '../../test/viewer';
import { type ImportReport } from '@wanxia/schema';
import ImportWizard from './ImportWizard';

const EMPTY_PREVIEW: ImportReport['preview'] = { create: [], update: [], unchanged: [] };

function report(overrides: Partial<ImportReport>): ImportReport {
  return {
    fileName: 'roster.xlsx',
    rows: 10,
    problems: [],
    invalidRows: 0,
    counts: { create: 0, update: 0, unchanged: 0 },
    preview: EMPTY_PREVIEW,
    ignoredColumns: [],
    committed: false,
    ...overrides,
  };
}

/** What fetch answers: a JSON body with a status. */
function answer(status: number, body: unknown) {
  return {
    ok: status < 300,
    status,
    json: async () => body,
    headers: { get: () => null },
  } as unknown as Response;
}

let fetchMock: jest.Mock;

beforeEach(() => {
  localStorage.clear();
  fetchMock = jest.fn();
  globalThis.fetch = fetchMock;
});

function renderWizard() {
  const view = renderScreen(
    <ViewerTestProvider role="ADMIN">
      <ImportWizard />
      <LocationDisplay />
    </ViewerTestProvider>,
    { route: '/roster/import' },
  );
  return view;
}

async function chooseAndCheck(user: ReturnType<typeof userEvent.setup>, container: HTMLElement) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(
    input,
    new File(['xlsx bytes'], 'roster.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  expect(await screen.findByText('roster.xlsx')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '检查文件' }));
}

/** Dialogs and tables take their time in jsdom on a busy machine. */
const SLOW = 60_000;

describe('the import wizard', () => {
  it(
    'lists every problem with its row, column, name and value, imports nothing, and saves the problem workbook',
    async () => {
      const user = userEvent.setup();
      fetchMock.mockResolvedValueOnce(
        answer(
          200,
          report({
            invalidRows: 2,
            problems: [
              {
                row: 3,
                column: '身份证号',
                field: 'idCardNumber',
                code: 'ID_CARD_CHECK_DIGIT',
                message: '身份证号校验位不正确，请核对 (the check digit does not match)',
                name: '纪导乙',
                value: '110101195003111032',
              },
              {
                row: 7,
                column: '居住地',
                field: 'residencePlace',
                code: 'INVALID',
                message: '“火星镇”不是本县乡镇 (not a township of the county)',
                name: '纪导己',
                value: '火星镇',
              },
              {
                row: 7,
                column: '离退休类型',
                field: 'retirementType',
                code: 'REQUIRED',
                message: '离退休类型不能为空 (retirementType is required)',
                name: '纪导己',
                value: '',
              },
            ],
            counts: { create: 8, update: 0, unchanged: 0 },
          }),
        ),
      );
      const { container } = renderWizard();
      await chooseAndCheck(user, container);

      expect(await screen.findByText(/发现 3 个问题，涉及 2 行/)).toBeInTheDocument();
      const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
      expect(url).toBe('/api/members/import?mode=dry-run&filename=roster.xlsx');
      expect(init.method).toBe('POST');
      expect(init.credentials).toBe('same-origin');
      expect(new Headers(init.headers).get('x-wanxia-csrf')).toBe('1');

      const table = screen.getByRole('table');
      const rows = within(table).getAllByRole('row').slice(1);
      expect(
        rows.map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
      ).toEqual([
        ['3', '身份证号', '纪导乙', '110101195003111032', '身份证号校验位不正确，请核对'],
        ['7', '居住地', '纪导己', '火星镇', '“火星镇”不是本县乡镇'],
        ['7', '离退休类型', '纪导己', '（空）', '离退休类型不能为空'],
      ]);
      expect(screen.queryByRole('button', { name: '确认导入' })).not.toBeInTheDocument();

      // The same file goes back to the server and returns with its problems marked.
      const saved: string[] = [];
      URL.createObjectURL = jest.fn(() => 'blob:problems');
      URL.revokeObjectURL = jest.fn();
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        saved.push(this.download);
      });
      fetchMock.mockResolvedValueOnce({
        ok: true,
        status: 200,
        headers: {
          get: (name: string) =>
            name === 'content-disposition'
              ? `attachment; filename="import-problems.xlsx"; filename*=UTF-8''${encodeURIComponent('roster-问题.xlsx')}`
              : null,
        },
        blob: async () => new Blob(['xlsx']),
      });
      await user.click(screen.getByRole('button', { name: /下载问题表/ }));
      expect(await screen.findByText('已下载：roster-问题.xlsx')).toBeInTheDocument();
      const [problemsUrl, problemsInit] = fetchMock.mock.calls[1] as [string, RequestInit];
      expect(problemsUrl).toBe('/api/members/import/errors.xlsx?filename=roster.xlsx');
      expect(problemsInit.method).toBe('POST');
      expect(problemsInit.body).toBeInstanceOf(File);
      expect(saved).toEqual(['roster-问题.xlsx']);
      click.mockRestore();

      await user.click(screen.getByRole('button', { name: '重新选择文件' }));
      expect(await screen.findByText('点击或将文件拖到此处')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'previews what changes, imports on confirmation and leads to the roster',
    async () => {
      const user = userEvent.setup();
      const counts = { create: 2, update: 1, unchanged: 7 };
      fetchMock
        .mockResolvedValueOnce(
          answer(
            200,
            report({
              counts,
              ignoredColumns: ['年龄'],
              preview: {
                create: [
                  {
                    row: 2,
                    name: '王建国',
                    values: { 身份证号: '430923194606200013', 性别: '男' },
                  },
                  {
                    row: 3,
                    name: '李秀英',
                    values: { 身份证号: '430923195001010026', 性别: '女' },
                  },
                ],
                update: [
                  {
                    row: 4,
                    memberId: 'TWVtYmVyOjE',
                    name: '张华',
                    changes: [
                      {
                        column: '联系电话',
                        field: 'phone',
                        before: '13800000000',
                        after: '13900001111',
                      },
                    ],
                  },
                ],
                unchanged: [],
              },
            }),
          ),
        )
        .mockResolvedValueOnce(answer(200, report({ counts, committed: true })));
      const { container } = renderWizard();
      await chooseAndCheck(user, container);

      expect(
        await screen.findByText('检查通过：将新增 2 人，更新 1 人，7 人无变化。'),
      ).toBeInTheDocument();
      expect(screen.getByText('以下列不会导入：年龄')).toBeInTheDocument();
      expect(screen.getByText('王建国')).toBeInTheDocument();
      await user.click(screen.getByRole('tab', { name: '将更新 (1)' }));
      expect(await screen.findByText('13900001111')).toBeInTheDocument();
      expect(screen.getByText('13800000000')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: '确认导入' }));
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText(/将新增 2 人、更新 1 人/)).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: '确认导入' }));

      expect(await screen.findByText('导入完成')).toBeInTheDocument();
      expect(screen.getByText('新增 2 人，更新 1 人，7 人无变化。')).toBeInTheDocument();
      expect(fetchMock.mock.calls[1][0]).toBe(
        '/api/members/import?mode=commit&filename=roster.xlsx',
      );

      await user.click(screen.getByRole('button', { name: '在人员台账中查看' }));
      await waitFor(() =>
        expect(screen.getByTestId('location')).toHaveTextContent(
          '/roster?sort=UPDATED_AT&dir=DESC',
        ),
      );
    },
    SLOW,
  );

  it(
    'says clearly why a file is refused',
    async () => {
      const user = userEvent.setup();
      fetchMock.mockResolvedValueOnce(
        answer(400, {
          error: {
            code: 'MISSING_COLUMNS',
            message: '缺少必填列：身份证号、居住地 (missing required columns: 身份证号, 居住地)',
          },
        }),
      );
      const { container } = renderWizard();
      await chooseAndCheck(user, container);
      expect(await screen.findByRole('alert')).toHaveTextContent('无法导入该文件：缺少必填列');
      // The file stays chosen, to check again once fixed.
      expect(screen.getByRole('button', { name: '检查文件' })).toBeEnabled();
    },
    SLOW,
  );
});
