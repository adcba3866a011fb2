import '../../test/resize-observer';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { ViewerTestProvider, testViewer } from '../../test/viewer';
import type { Role } from '../../gql/graphql';
import MemberShow from './MemberShow';
import { MemberVisitsDocument } from '../visits/queries';
import { MemberDetailDocument, MemberPersonalDataDocument } from './queries';
import { MEMBER_ID, memberDetail, personalDataResult } from './test-fixtures';

const memberVisitsMock: MockLink.MockedResponse = {
  request: { query: MemberVisitsDocument, variables: { id: MEMBER_ID } },
  result: {
    data: {
      node: {
        __typename: 'Member',
        id: MEMBER_ID,
        visitTasks: { __typename: 'VisitTaskConnection', totalCount: 0, nodes: [] },
        visits: { __typename: 'VisitConnection', totalCount: 0, nodes: [] },
        lifeEvents: { __typename: 'LifeEventConnection', totalCount: 0, nodes: [] },
      },
    },
  },
};

const detailMock = (node: unknown = memberDetail()): MockLink.MockedResponse => ({
  request: { query: MemberDetailDocument, variables: { id: MEMBER_ID } },
  result: { data: { node } },
});

function renderMember(
  mocks: MockLink.MockedResponse[],
  role: Role = 'ADMIN',
  route = `/roster/${MEMBER_ID}`,
) {
  return renderScreen(
    <ViewerTestProvider role={role}>
      <Routes>
        <Route path="/roster/:id" element={<MemberShow />} />
      </Routes>
      <LocationDisplay />
    </ViewerTestProvider>,
    { route, mocks },
  );
}

describe('the member page', () => {
  it('shows the profile with personal data masked, and the derived figures', async () => {
    renderMember([detailMock()]);
    expect(await screen.findByRole('heading', { name: '陈菊平' })).toBeInTheDocument();
    expect(screen.getByText('430923********1689')).toBeInTheDocument();
    expect(screen.getByText('137****0054')).toBeInTheDocument();
    expect(
      screen.getByText('县教育系统离退休干部党总支 / 安化一中离退休干部第二党支部'),
    ).toBeInTheDocument();
    // Age, party years, the birthdays to come and the medal, as the API derives them.
    expect(screen.getByText('2026-12-25（95 岁）')).toBeInTheDocument();
    expect(screen.getByText('2031-12-25（100 岁）')).toBeInTheDocument();
    expect(screen.getAllByText('光荣在党50年').length).toBeGreaterThan(0);
    expect(screen.getByText('落实离休待遇，每季度上门走访')).toBeInTheDocument();
    expect(screen.getByText('县委宣传部部长 夏国平')).toBeInTheDocument();
    expect(screen.getByText('编辑').closest('button')).toBeInTheDocument();
  });

  it('reveals the full personal data on request, saying the look is audited', async () => {
    renderMember([
      detailMock(),
      {
        request: { query: MemberPersonalDataDocument, variables: { id: MEMBER_ID } },
        result: personalDataResult(),
      },
    ]);
    await screen.findByRole('heading', { name: '陈菊平' });
    expect(screen.getByText(/记入审计日志/)).toBeInTheDocument();
    await userEvent.click(screen.getByText('查看完整信息'));
    expect(await screen.findByText('430923193112251689')).toBeInTheDocument();
    expect(screen.getByText('13743430054')).toBeInTheDocument();
    expect(screen.getByText('东坪镇茶乡社区3号')).toBeInTheDocument();
    expect(screen.getByText('白内障术后，视力尚可')).toBeInTheDocument();
    expect(screen.getByText('正在显示完整个人信息（本次查看已记入审计日志）')).toBeInTheDocument();

    await userEvent.click(screen.getByText('隐藏'));
    expect(screen.queryByText('430923193112251689')).not.toBeInTheDocument();
    expect(screen.getByText('430923********1689')).toBeInTheDocument();
  });

  it('offers neither the reveal nor editing to a read-only account', async () => {
    renderMember([detailMock()], 'VIEWER');
    await screen.findByRole('heading', { name: '陈菊平' });
    expect(screen.queryByText('查看完整信息')).not.toBeInTheDocument();
    expect(screen.queryByText('编辑')).not.toBeInTheDocument();
    expect(screen.queryByText('报告情况')).not.toBeInTheDocument();
  });

  it('lists the branch history, current first, and hides a branch out of reach', async () => {
    renderMember([detailMock()]);
    await screen.findByRole('heading', { name: '陈菊平' });
    await userEvent.click(screen.getByRole('tab', { name: '组织关系' }));
    expect(await screen.findByText('1993-04-24 至今')).toBeInTheDocument();
    expect(screen.getByText('1987-01-01 至 1993-04-24')).toBeInTheDocument();
    expect(screen.getByText('（范围外）')).toBeInTheDocument();
    expect(screen.getByText('随单位调整')).toBeInTheDocument();
  });

  it('keeps the open tab in the address', async () => {
    renderMember([detailMock()]);
    await screen.findByRole('heading', { name: '陈菊平' });
    await userEvent.click(screen.getByRole('tab', { name: '组织关系' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`/roster/${MEMBER_ID}?tab=history`);
    await userEvent.click(screen.getByRole('tab', { name: '基本信息' }));
    expect(screen.getByTestId('location')).toHaveTextContent(new RegExp(`/roster/${MEMBER_ID}$`));
  });

  it('opens the tab named in the address', async () => {
    renderMember([detailMock()], 'ADMIN', `/roster/${MEMBER_ID}?tab=history`);
    await screen.findByRole('heading', { name: '陈菊平' });
    expect(screen.getByRole('tab', { name: '组织关系' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('1993-04-24 至今')).toBeInTheDocument();
  });

  it('shows the visits in their tab, and reports an event from the header', async () => {
    renderMember([detailMock(), memberVisitsMock]);
    await screen.findByRole('heading', { name: '陈菊平' });
    await userEvent.click(screen.getByRole('tab', { name: '走访记录' }));
    expect(await screen.findByText('尚无走访记录，走访后点击“记录走访”登记')).toBeInTheDocument();
    expect(screen.getByText('暂无走访任务')).toBeInTheDocument();

    await userEvent.click(screen.getAllByRole('button', { name: /报告情况/ })[0]);
    expect(await screen.findByRole('dialog', { name: '报告情况：陈菊平' })).toBeInTheDocument();
  });

  it('leaves the visits out for an account that may not read them', async () => {
    const viewer = testViewer('VIEWER');
    renderScreen(
      <ViewerTestProvider
        viewer={{ ...viewer, permissions: viewer.permissions.filter((p) => p !== 'VISITS_READ') }}
      >
        <Routes>
          <Route path="/roster/:id" element={<MemberShow />} />
        </Routes>
      </ViewerTestProvider>,
      { route: `/roster/${MEMBER_ID}`, mocks: [detailMock()] },
    );
    await screen.findByRole('heading', { name: '陈菊平' });
    expect(screen.queryByRole('tab', { name: '走访记录' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /报告情况/ })).not.toBeInTheDocument();
  });

  it('has seven tabs, the last the member’s 社会任职', async () => {
    renderMember([detailMock()]);
    await screen.findByRole('heading', { name: '陈菊平' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '基本信息',
      '组织关系',
      '走访记录',
      '经费发放',
      '活动',
      '荣誉',
      '社会任职',
    ]);
  });

  it('says plainly when the member does not exist or is out of reach', async () => {
    renderMember([detailMock(null)]);
    expect(await screen.findByText('未找到该记录，或不在您的管理范围内')).toBeInTheDocument();
    expect(screen.getByText('返回台账')).toBeInTheDocument();
  });
});
