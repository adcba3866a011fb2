import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { chinaToday } from '@wanxia/schema';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type {
  CreateActivityMutationVariables,
  RecordAwardsMutationVariables,
  Role,
  UpdateActivityMutationVariables,
} from '../../gql/graphql';
import {
  ActivityDetailDocument,
  CreateActivityDocument,
  RecordAttendanceDocument,
  UpdateActivityDocument,
} from '../party-life/queries';
import { AssociationActivities } from './AssociationActivities';
import { AssociationActivitiesDocument, RecordAwardsDocument } from './queries';

jest.setTimeout(60_000);

const ID = 'Association:1';
const YEAR = Number(chinaToday().slice(0, 4));
const association = {
  id: ID,
  name: '“夕阳红”合唱团',
  memberships: [
    { leftOn: null, member: { id: 'Member:1', name: '李建国' } },
    { leftOn: '2020-12-31', member: { id: 'Member:3', name: '张德明' } },
  ],
};

const held = {
  __typename: 'Activity',
  id: 'Activity:9',
  kind: 'COMPETITION',
  title: '全县合唱比赛',
  startsAt: `${YEAR}-03-01T01:00:00.000Z`,
  endsAt: `${YEAR}-03-01T03:00:00.000Z`,
  place: '文化馆',
  externalAttendance: 200,
  version: 4,
  awards: [{ __typename: 'ActivityAward', award: '一等奖', level: 'COUNTY', recipient: null }],
};

const listMock: MockLink.MockedResponse = {
  request: { query: AssociationActivitiesDocument, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      node: {
        __typename: 'Association',
        id: ID,
        year: { __typename: 'AssociationYear', activities: 1, awards: 1 },
        activities: {
          __typename: 'ActivityConnection',
          totalCount: 1,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: null,
            endCursor: null,
          },
          nodes: [held],
        },
      },
    },
  },
};

/** The activity as the form's mutations answer it. */
const row = (version: number) => ({
  __typename: 'Activity',
  id: 'Activity:10',
  kind: 'PERFORMANCE',
  title: '重阳节专场演出',
  startsAt: `${chinaToday()}T01:00:00.000Z`,
  endsAt: `${chinaToday()}T03:00:00.000Z`,
  place: '',
  summary: '',
  externalAttendance: 300,
  beneficiaries: 0,
  version,
  organiser: {
    __typename: 'ActivityOrganiser',
    kind: 'ASSOCIATION',
    branch: null,
    team: null,
    association: { __typename: 'Association', id: ID, name: association.name },
  },
  attendance: {
    __typename: 'AttendanceSummary',
    participants: 1,
    present: 1,
    absent: 0,
    excused: 0,
  },
  signup: null,
});

const awardsPayload = (userErrors: unknown[], version: number) => ({
  data: {
    recordAwards: {
      __typename: 'ActivityPayload',
      activity: userErrors.length
        ? null
        : {
            __typename: 'Activity',
            id: 'Activity:10',
            version,
            awards: [],
          },
      userErrors,
    },
  },
});

/**
 * The open dialog, with its title: in tests every generated id is the same, and the year's
 * picker takes the one the dialog's name points at.
 */
async function dialogTitled(title: string) {
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByText(title, { selector: '.ant-modal-title' });
  return dialog;
}

function renderTab(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  return renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <AssociationActivities association={association} />
      </ViewerTestProvider>
    </App>,
    { mocks },
  );
}

describe('an association’s 活动与获奖', () => {
  it('records a performance with an award; a refused award keeps the dialog on the saved activity', async () => {
    const created: CreateActivityMutationVariables[] = [];
    const updated: UpdateActivityMutationVariables[] = [];
    const awarded: RecordAwardsMutationVariables[] = [];
    const capture =
      <T,>(into: T[]) =>
      (variables: T) => {
        into.push(variables);
        return true;
      };
    renderTab([
      listMock,
      {
        request: { query: CreateActivityDocument, variables: capture(created) },
        result: {
          data: {
            createActivity: { __typename: 'ActivityPayload', activity: row(1), userErrors: [] },
          },
        },
      },
      {
        request: { query: ActivityDetailDocument, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: {
          data: {
            node: { ...row(1), participants: [], attachments: [] },
          },
        },
      },
      {
        request: { query: RecordAwardsDocument, variables: capture(awarded) },
        result: awardsPayload(
          [
            {
              __typename: 'UserError',
              field: ['awards'],
              code: 'OUT_OF_RANGE',
              message: '最多 20 项 (at most 20)',
              params: null,
            },
          ],
          1,
        ),
      },
      {
        request: { query: UpdateActivityDocument, variables: capture(updated) },
        result: {
          data: {
            updateActivity: { __typename: 'ActivityPayload', activity: row(2), userErrors: [] },
          },
        },
      },
      {
        request: { query: RecordAttendanceDocument, variables: () => true },
        result: {
          data: {
            recordAttendance: { __typename: 'ActivityPayload', activity: row(3), userErrors: [] },
          },
        },
      },
      {
        request: { query: RecordAwardsDocument, variables: capture(awarded) },
        result: awardsPayload([], 4),
      },
    ]);
    await screen.findByRole('cell', { name: '全县合唱比赛' });
    await userEvent.click(screen.getByRole('button', { name: /记录活动/ }));
    const dialog = await dialogTitled('记录活动');
    // The association organises it, and only its kinds are offered.
    expect(within(dialog).getByText(association.name)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('combobox', { name: '类别' }));
    const offered = () =>
      [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title'));
    await waitFor(() => expect(offered()).toEqual(['文艺演出', '展览', '比赛', '其他活动']));
    // 演出 is the first offered, and chosen to begin with.
    await userEvent.click(document.querySelector('.ant-select-item-option[title="文艺演出"]')!);
    await userEvent.type(within(dialog).getByLabelText('标题'), '重阳节专场演出');
    await userEvent.clear(within(dialog).getByLabelText('观众人数'));
    await userEvent.type(within(dialog).getByLabelText('观众人数'), '300');
    // Current members only, none taking part until picked.
    const picker = within(dialog).getByRole('list', { name: '参加人员' });
    expect(within(picker).getByText('李建国')).toBeInTheDocument();
    expect(within(picker).queryByText('张德明')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /添加获奖/ }));
    await userEvent.type(within(dialog).getByLabelText('第 1 项奖项名称'), ' 金奖 ');
    await userEvent.type(within(dialog).getByLabelText('第 1 项获奖者'), '合唱团');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await within(dialog).findByText('超出允许的范围')).toBeInTheDocument();
    expect(await dialogTitled('编辑活动')).toBe(dialog);
    expect(created).toHaveLength(1);
    expect(created[0].input).toMatchObject({
      kind: 'PERFORMANCE',
      title: '重阳节专场演出',
      externalAttendance: 300,
      organiser: { kind: 'ASSOCIATION', associationId: ID, branchId: null },
      participants: [],
      attachmentUploadIds: [],
    });
    expect(awarded[0].input).toEqual({
      activityId: 'Activity:10',
      awards: [{ award: '金奖', level: 'COUNTY', recipient: '合唱团' }],
      expectedVersion: 1,
    });

    // Saving again changes the activity saved (not a second one) and sends the awards again.
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(created).toHaveLength(1);
    expect(updated[0].input).toMatchObject({ activityId: 'Activity:10', title: '重阳节专场演出' });
    expect(awarded[1].input.expectedVersion).toBe(3);
    expect(await screen.findByText('已记录活动')).toBeInTheDocument();
  });

  it('changes a held activity’s awards with its version', async () => {
    const awarded: RecordAwardsMutationVariables[] = [];
    renderTab([
      listMock,
      {
        request: {
          query: RecordAwardsDocument,
          variables: (variables: RecordAwardsMutationVariables) => {
            awarded.push(variables);
            return true;
          },
        },
        result: awardsPayload([], 5),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: '编辑获奖：全县合唱比赛' }));
    const dialog = await dialogTitled('编辑获奖：全县合唱比赛');
    expect(within(dialog).getByLabelText('第 1 项奖项名称')).toHaveValue('一等奖');
    await userEvent.click(within(dialog).getByRole('button', { name: /添加获奖/ }));
    await userEvent.type(within(dialog).getByLabelText('第 2 项奖项名称'), '优秀组织奖');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(awarded).toEqual([
      {
        input: {
          activityId: held.id,
          awards: [
            { award: '一等奖', level: 'COUNTY', recipient: null },
            { award: '优秀组织奖', level: 'COUNTY', recipient: null },
          ],
          expectedVersion: 4,
        },
      },
    ]);
  });

  it('offers a read-only account neither recording nor changing awards', async () => {
    renderTab([listMock], 'VIEWER');
    await screen.findByRole('cell', { name: '全县合唱比赛' });
    expect(screen.queryByRole('button', { name: /记录活动/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑获奖/ })).not.toBeInTheDocument();
  });
});
