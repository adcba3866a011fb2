import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { testViewer, ViewerTestProvider } from '../../test/viewer';
import type { UpdateVisitSettingMutationVariables, VisitOccasion } from '../../gql/graphql';
import VisitSettingsPage from './VisitSettingsPage';
import { UpdateVisitSettingDocument, VisitSettingsDocument } from './queries';

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

const setting = (
  occasion: VisitOccasion,
  daysBefore: number,
  daysAfter: number,
  version = 1,
  ownSetting = false,
) => ({
  __typename: 'VisitSetting' as const,
  occasion,
  daysBefore,
  daysAfter,
  ownSetting,
  version,
  updatedAt: '2026-11-02T06:30:00.000Z',
});

const SETTINGS = [
  setting('HOLIDAY', 30, 0),
  setting('HOSPITALIZATION', 0, 3, 4),
  setting('DECADE_BIRTHDAY', 7, 7),
  setting('BEREAVEMENT', 0, 3),
  setting('DISPUTE', 0, 7),
  setting('DISASTER', 0, 3),
  // Routine visits have a setting row but no window to edit: not shown.
  setting('ROUTINE', 0, 0),
];

const listMock = (settings = SETTINGS): MockLink.MockedResponse => ({
  request: { query: VisitSettingsDocument },
  result: { data: { visitSettings: settings } },
});

function updateMock(
  input: UpdateVisitSettingMutationVariables['input'],
  answer: { visitSetting: ReturnType<typeof setting> | null; userErrors: object[] },
): MockLink.MockedResponse {
  return {
    request: { query: UpdateVisitSettingDocument, variables: { input } },
    result: {
      data: {
        updateVisitSetting: {
          __typename: 'UpdateVisitSettingPayload',
          ...answer,
          userErrors: answer.userErrors.map((e) => ({ __typename: 'UserError', ...e })),
        },
      },
    },
  };
}

function renderSettings(mocks: MockLink.MockedResponse[], viewer = testViewer('ADMIN')) {
  return renderScreen(
    <ViewerTestProvider viewer={viewer}>
      <VisitSettingsPage />
    </ViewerTestProvider>,
    { mocks },
  );
}

/** Opens the hospital-stay row's dialog and sets its days after to `days`. */
async function editHospitalDays(days: string) {
  const table = await screen.findByRole('table', { name: '走访时限' });
  const row = within(table).getByText('生病住院').closest('tr')!;
  await userEvent.click(within(row).getByRole('button', { name: /编\s*辑/ }));
  const dialog = await screen.findByRole('dialog');
  const after = within(dialog).getByRole('spinbutton', { name: '延后天数' });
  await userEvent.clear(after);
  await userEvent.type(after, days);
  await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
  return { dialog, after };
}

describe('the visit windows', () => {
  it('lists the six must-visits with their windows in words', async () => {
    renderSettings([listMock()]);
    const table = await screen.findByRole('table', { name: '走访时限' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent('重要节日');
    expect(rows[0]).toHaveTextContent('节日前 30 天 至 节日当天');
    expect(rows[2]).toHaveTextContent('生日前 7 天 至 生日后 7 天');
    expect(table).not.toHaveTextContent('日常走访');
    expect(screen.getByText(/修改只对此后生成的走访任务生效/)).toBeInTheDocument();
    // The county's own windows and those it keeps from the province, told apart.
    expect(rows[0]).toHaveTextContent('沿用全省标准');
  });

  it('tells a county’s own window from the province’s it keeps', async () => {
    renderSettings([
      listMock(
        SETTINGS.map((s) => (s.occasion === 'HOLIDAY' ? setting('HOLIDAY', 20, 0, 2, true) : s)),
      ),
    ]);
    const table = await screen.findByRole('table', { name: '走访时限' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('本县自定');
    expect(rows[1]).toHaveTextContent('沿用全省标准');
  });

  it('has a city’s account pick a county before it can change a window', async () => {
    const city = testViewer('ADMIN', {
      bureau: { id: 'Bureau:430900', name: '益阳市', level: 'CITY' },
    });
    renderSettings([listMock()], city);
    const table = await screen.findByRole('table', { name: '走访时限' });
    expect(screen.getByText(/请先选择县（区）/)).toBeInTheDocument();
    for (const edit of within(table).getAllByRole('button', { name: /编\s*辑/ }))
      expect(edit).toBeDisabled();
  });

  it('sends the new window with the version it was read at, and shows it saved', async () => {
    renderSettings([
      listMock(),
      updateMock(
        { occasion: 'HOSPITALIZATION', daysBefore: 0, daysAfter: 5, expectedVersion: 4 },
        { visitSetting: setting('HOSPITALIZATION', 0, 5, 5), userErrors: [] },
      ),
      listMock(
        SETTINGS.map((s) => (s.occasion === 'HOSPITALIZATION' ? setting(s.occasion, 0, 5, 5) : s)),
      ),
    ]);
    await editHospitalDays('5');
    expect(await screen.findByText('生病住院的走访时限已保存')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '走访时限' });
    await waitFor(
      () =>
        expect(within(table).getByText('生病住院').closest('tr')).toHaveTextContent(
          '上报当天 至 上报后 5 天',
        ),
      SLOW,
    );
  });

  it('puts the server’s range error on the field it names', async () => {
    renderSettings([
      listMock(),
      updateMock(
        { occasion: 'HOSPITALIZATION', daysBefore: 0, daysAfter: 300, expectedVersion: 4 },
        {
          visitSetting: null,
          userErrors: [
            {
              field: ['daysAfter'],
              code: 'OUT_OF_RANGE',
              message: '须在 0 至 366 天之间 (must be 0 to 366 days)',
            },
          ],
        },
      ),
    ]);
    const { after } = await editHospitalDays('300');
    await waitFor(() => expect(after).toHaveAccessibleDescription(/^超出允许的范围 /), SLOW);
    expect(after).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when someone else saved first, and offers the latest', async () => {
    renderSettings([
      listMock(),
      updateMock(
        { occasion: 'HOSPITALIZATION', daysBefore: 0, daysAfter: 5, expectedVersion: 4 },
        {
          visitSetting: null,
          userErrors: [
            {
              field: ['expectedVersion'],
              code: 'STALE',
              message: '已被他人修改，请刷新后重试 (someone else saved first)',
            },
          ],
        },
      ),
    ]);
    const { dialog } = await editHospitalDays('5');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('其他人刚刚修改过这项设置');
    expect(alert).toHaveTextContent('记录已被他人修改，请刷新后重试');
    expect(within(alert).getByRole('button', { name: '载入最新内容' })).toBeInTheDocument();
  });
});
