import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import type { LectureOrderRowFragment, RateLectureMutationVariables } from '../../gql/graphql';
import { LectureRatersDocument, RateLectureDocument } from './queries';
import { RatingModal } from './RatingModal';

// Ant Design's dialogs render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);
const SLOW = { timeout: 5000 };

const ACTIVITY_ID = 'QWN0aXZpdHk6NDI';

const order = (rating = { count: 0, average: null as number | null }): LectureOrderRowFragment =>
  ({
    __typename: 'LectureOrder',
    id: 'TGVjdHVyZU9yZGVyOjc',
    state: 'HELD',
    version: 3,
    wishedFrom: '2026-05-01',
    wishedTo: '2026-05-31',
    note: null,
    startsAt: '2026-05-20T01:00:00.000Z',
    place: '支部活动室',
    lecturer: '刘志华',
    cancelReason: null,
    createdAt: '2026-04-20T02:00:00.000Z',
    lecture: {
      __typename: 'Lecture',
      id: 'TGVjdHVyZTox',
      topic: '安化红色故事',
      minutes: 90,
      format: 'ON_SITE',
    },
    branch: { __typename: 'Branch', id: 'QnJhbmNoOjEy', name: '城南社区党支部' },
    activity: {
      __typename: 'Activity',
      id: ACTIVITY_ID,
      attendance: { __typename: 'AttendanceCounts', present: 2 },
    },
    rating: { __typename: 'LectureRatingSummary', ...rating },
  }) as LectureOrderRowFragment;

const participant = (id: string, name: string, attendance: string, inReach = true) => ({
  __typename: 'ActivityParticipant',
  attendance,
  member: inReach ? { __typename: 'Member', id, name } : null,
});

const ratersMock: MockLink.MockedResponse = {
  request: { query: LectureRatersDocument, variables: { id: ACTIVITY_ID } },
  result: {
    data: {
      node: {
        __typename: 'Activity',
        id: ACTIVITY_ID,
        participants: [
          participant('TWVtYmVyOjE', '张建国', 'PRESENT'),
          participant('TWVtYmVyOjI', '李秀英', 'PRESENT'),
          participant('TWVtYmVyOjM', '王德明', 'ABSENT'),
          participant('TWVtYmVyOjQ', '（范围外）', 'PRESENT', false),
        ],
      },
    },
  },
};

function rateMock(
  payload: { order?: LectureOrderRowFragment | null; userErrors?: unknown[] },
  sent: RateLectureMutationVariables[],
): MockLink.MockedResponse {
  return {
    request: {
      query: RateLectureDocument,
      variables: (variables: RateLectureMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result: {
      data: {
        rateLecture: {
          __typename: 'LectureOrderPayload',
          order: null,
          userErrors: [],
          ...payload,
        },
      },
    },
  };
}

function renderDialog(mocks: MockLink.MockedResponse[], shown = order()) {
  const onClose = jest.fn();
  renderScreen(
    <App>
      <RatingModal order={shown} onClose={onClose} />
    </App>,
    { mocks },
  );
  return { onClose, dialog: screen.getByRole('dialog') };
}

/** Gives a member's rating the n-th star. */
async function give(dialog: HTMLElement, name: string, stars: number) {
  const rate = within(dialog).getByRole('list', { name: `${name} 评分` });
  await userEvent.click(within(rate).getAllByRole('radio')[stars - 1]);
}

describe('rating a lecture held', () => {
  it('lists those present, each rated by name, and saves the scores given in one request', async () => {
    const sent: RateLectureMutationVariables[] = [];
    const { dialog, onClose } = renderDialog([
      ratersMock,
      rateMock({ order: order({ count: 2, average: 4.5 }) }, sent),
    ]);
    expect(within(dialog).getByText('评分：安化红色故事')).toBeInTheDocument();
    await within(dialog).findByRole('list', { name: '张建国 评分' }, SLOW);
    expect(within(dialog).getByRole('list', { name: '李秀英 评分' })).toBeInTheDocument();
    // Absent members and those out of reach are not offered.
    expect(within(dialog).queryByText('王德明')).toBeNull();
    expect(
      within(dialog)
        .getAllByRole('list', { name: / 评分$/ })
        .map((list) => list.getAttribute('aria-label')),
    ).toEqual(['张建国 评分', '李秀英 评分']);

    await give(dialog, '张建国', 5);
    await give(dialog, '李秀英', 4);
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已保存 2 人的评分', {}, SLOW)).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
    expect(sent).toEqual([
      {
        input: {
          orderId: 'TGVjdHVyZU9yZGVyOjc',
          ratings: [
            { memberId: 'TWVtYmVyOjE', score: 5 },
            { memberId: 'TWVtYmVyOjI', score: 4 },
          ],
        },
      },
    ]);
  });

  it('asks for a score before sending, and names the member a refusal is about', async () => {
    const sent: RateLectureMutationVariables[] = [];
    const { dialog, onClose } = renderDialog(
      [
        ratersMock,
        rateMock(
          {
            userErrors: [
              {
                __typename: 'UserError',
                field: ['ratings', '0', 'memberId'],
                code: 'NOT_FOUND',
                message: '只有到场的参加人员可以评分 (only participants present may rate it)',
                params: null,
              },
            ],
          },
          sent,
        ),
      ],
      order({ count: 3, average: 4.333 }),
    );
    expect(within(dialog).getByText(/目前 4\.3 分（3 人）/)).toBeInTheDocument();
    await within(dialog).findByRole('list', { name: '李秀英 评分' }, SLOW);

    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请至少为一人评分')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await give(dialog, '李秀英', 3);
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(
      await within(dialog).findByText('李秀英：不存在或不在您的管理范围内', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: { orderId: 'TGVjdHVyZU9yZGVyOjc', ratings: [{ memberId: 'TWVtYmVyOjI', score: 3 }] },
      },
    ]);
    expect(onClose).not.toHaveBeenCalled();
  });
});
