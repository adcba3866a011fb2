import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  CrownOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  GiftOutlined,
  HeartOutlined,
  HistoryOutlined,
  HomeOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
  PrinterOutlined,
  ReadOutlined,
  RiseOutlined,
  ScheduleOutlined,
  TeamOutlined,
  TransactionOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../locales';
import { preloadable } from '../components/preloadable';
import '../locales/menu';
import type { Access, AccessKey } from './access';

/** A screen of the console: its path, its name (a translation key), menu icon and access. */
export interface AppRoute {
  path: string;
  name: MessageKey;
  icon?: ReactNode;
  access?: AccessKey;
  hideInMenu?: boolean;
  /** The menu group it sits in, if any. */
  group?: MessageKey;
  component: Screen;
}

/**
 * Starts a screen's first query, as the screen itself would ask it, so that its `useQuery`
 * finds the answer in the cache (or joins the request under way).
 */
export type Prefetch = (client: ApolloClient, access: Access, search: URLSearchParams) => void;

/** A screen's small module that starts its first query, apart from the screen's code. */
interface ScreenPrefetch {
  prefetch: Prefetch;
  /** The chunks the screen draws at once on this screen (a wide screen's table), if any. */
  loadParts?: () => Promise<unknown> | undefined;
}

type Screen = LazyExoticComponent<ComponentType> & {
  /**
   * Loads the screen's chunk, the module that starts its first query if it has one, and the
   * parts it draws at once; after that it draws without suspending.
   */
  preload(): Promise<unknown>;
  /** Starts the screen's first query, if it has a module for that. */
  prefetch(client: ApolloClient, access: Access, search: URLSearchParams): Promise<void>;
};

/**
 * A screen's chunk: loaded when the screen is first shown, or before by `preload`. The module
 * that starts its first query is apart from it and small, so the query need not wait for the
 * screen's code.
 */
function screen(
  load: () => Promise<{ default: ComponentType }>,
  loadPrefetch?: () => Promise<ScreenPrefetch>,
): Screen {
  const code = preloadable(load);
  const loadCode = code.preload;
  return Object.assign(code, {
    preload: () =>
      Promise.all([loadCode(), loadPrefetch?.().then((module) => module.loadParts?.())]),
    prefetch: async (client: ApolloClient, access: Access, search: URLSearchParams) =>
      (await loadPrefetch?.())?.prefetch(client, access, search),
  });
}

/** Every route, menu entry and its access, declared in one place; each screen is its own chunk. */
export const routes: AppRoute[] = [
  {
    path: '/',
    name: 'menu.home',
    icon: <HomeOutlined />,
    component: screen(
      () => import('../pages/home/HomePage'),
      () => import('../pages/home/prefetch'),
    ),
  },
  {
    path: '/my-tasks',
    name: 'menu.myTasks',
    icon: <ScheduleOutlined />,
    access: 'canReadVisits',
    component: screen(() => import('../pages/my-tasks/MyTasksPage')),
  },
  {
    path: '/roster',
    name: 'menu.roster',
    icon: <TeamOutlined />,
    access: 'canReadMembers',
    component: screen(
      () => import('../pages/roster/RosterList'),
      () => import('../pages/roster/prefetch'),
    ),
  },
  {
    path: '/roster/new',
    name: 'menu.memberCreate',
    access: 'canWriteMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/roster/MemberCreate')),
  },
  {
    path: '/roster/import',
    name: 'excel.import.title',
    access: 'canWriteMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/excel/ImportWizard')),
  },
  {
    path: '/roster/:id',
    name: 'menu.member',
    access: 'canReadMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/roster/MemberShow')),
  },
  {
    path: '/roster/:id/edit',
    name: 'menu.memberEdit',
    access: 'canWriteMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/roster/MemberEdit')),
  },
  {
    path: '/branches',
    name: 'menu.branches',
    icon: <ApartmentOutlined />,
    access: 'canReadMembers',
    component: screen(() => import('../pages/branches/BranchTree')),
  },
  {
    path: '/visits',
    name: 'visits.title',
    icon: <CarryOutOutlined />,
    access: 'canReadVisits',
    component: screen(() => import('../pages/visits/VisitBoard')),
  },
  {
    path: '/visits/records',
    name: 'visitRecords.title',
    icon: <HistoryOutlined />,
    access: 'canReadVisits',
    component: screen(() => import('../pages/visits/records/VisitRecordsPage')),
  },
  {
    path: '/visits/coverage',
    name: 'coverage.title',
    icon: <BarChartOutlined />,
    access: 'canReadVisits',
    component: screen(() => import('../pages/coverage/CoveragePage')),
  },
  {
    path: '/visits/calendar',
    name: 'coverage.calendar.title',
    icon: <CalendarOutlined />,
    access: 'canReadVisits',
    component: screen(() => import('../pages/coverage/CalendarPage')),
  },
  {
    path: '/visits/lists',
    name: 'coverage.lists.title',
    icon: <PrinterOutlined />,
    access: 'canReadMembers',
    component: screen(() => import('../pages/coverage/ListsPage')),
  },
  {
    path: '/campaigns',
    name: 'campaigns.title',
    icon: <GiftOutlined />,
    access: 'canReadVisits',
    component: screen(() => import('../pages/campaigns/CampaignListPage')),
  },
  {
    path: '/campaigns/:id',
    name: 'campaigns.detail',
    access: 'canReadVisits',
    hideInMenu: true,
    component: screen(() => import('../pages/campaigns/CampaignPage')),
  },
  {
    path: '/campaigns/:id/record',
    name: 'campaigns.record.title',
    access: 'canWriteVisits',
    hideInMenu: true,
    component: screen(() => import('../pages/campaigns/BatchRecordPage')),
  },
  {
    path: '/campaigns/:id/route-sheet',
    name: 'campaigns.print.routeTitle',
    access: 'canReadVisits',
    hideInMenu: true,
    component: screen(() => import('../pages/campaigns/RouteSheetPage')),
  },
  {
    path: '/campaigns/:id/payment-sheet',
    name: 'campaigns.print.paymentTitle',
    access: 'canReadVisits',
    hideInMenu: true,
    component: screen(() => import('../pages/campaigns/GroupPaymentSheetPage')),
  },
  {
    path: '/party-life',
    name: 'partyLife.activities.title',
    icon: <FlagOutlined />,
    access: 'canReadMembers',
    group: 'partyLife.menu',
    component: screen(() => import('../pages/party-life/ActivityListPage')),
  },
  {
    path: '/party-life/compliance',
    name: 'partyLife.compliance.title',
    icon: <AuditOutlined />,
    access: 'canReadMembers',
    group: 'partyLife.menu',
    component: screen(() => import('../pages/party-life/CompliancePage')),
  },
  {
    path: '/party-life/compliance/:branchId',
    name: 'partyLife.compliance.title',
    access: 'canReadMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/party-life/BranchCompliancePage')),
  },
  {
    path: '/party-life/print',
    name: 'partyLife.print.title',
    access: 'canReadMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/party-life/ActivityPrintPage')),
  },
  {
    path: '/party-org',
    name: 'partyOrg.title',
    icon: <ClusterOutlined />,
    access: 'canReadMembers',
    group: 'partyOrg.menu',
    component: screen(() => import('../pages/party-org/CommitteesPage')),
  },
  {
    path: '/honours',
    name: 'honours.title',
    icon: <TrophyOutlined />,
    access: 'canReadMembers',
    group: 'partyOrg.menu',
    component: screen(() => import('../pages/party-org/HonoursPage')),
  },
  {
    path: '/education/lectures',
    name: 'education.lectures.title',
    icon: <ReadOutlined />,
    access: 'canReadMembers',
    group: 'education.menu',
    component: screen(() => import('../pages/education/LecturesPage')),
  },
  {
    path: '/education/points',
    name: 'education.points.title',
    icon: <RiseOutlined />,
    access: 'canReadMembers',
    group: 'education.menu',
    component: screen(() => import('../pages/education/PointsPage')),
  },
  {
    path: '/education/works',
    name: 'education.works.title',
    icon: <EditOutlined />,
    access: 'canReadMembers',
    group: 'education.menu',
    component: screen(() => import('../pages/education/WorksPage')),
  },
  {
    path: '/volunteers',
    name: 'volunteers.activities.title',
    icon: <HeartOutlined />,
    access: 'canReadMembers',
    group: 'volunteers.menu',
    component: screen(() => import('../pages/volunteers/VolunteerActivitiesPage')),
  },
  {
    path: '/volunteers/ranking',
    name: 'volunteers.ranking.title',
    icon: <CrownOutlined />,
    access: 'canReadMembers',
    group: 'volunteers.menu',
    component: screen(() => import('../pages/volunteers/RankingPage')),
  },
  {
    path: '/associations',
    name: 'associations.list.title',
    icon: <UsergroupAddOutlined />,
    access: 'canReadMembers',
    group: 'associations.menu',
    component: screen(() => import('../pages/associations/AssociationsPage')),
  },
  {
    path: '/associations/:id',
    name: 'associations.detail',
    access: 'canReadMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/associations/AssociationPage')),
  },
  {
    path: '/centre',
    name: 'centre.calendar.title',
    icon: <BankOutlined />,
    access: 'canReadMembers',
    group: 'centre.menu',
    component: screen(() => import('../pages/centre/CentrePage')),
  },
  {
    path: '/centre/courses',
    name: 'centre.courses.title',
    icon: <BookOutlined />,
    access: 'canReadMembers',
    group: 'centre.menu',
    component: screen(() => import('../pages/centre/CoursesPage')),
  },
  {
    path: '/signup',
    name: 'signup.title',
    icon: <FormOutlined />,
    access: 'canReadMembers',
    component: screen(() => import('../pages/signup/SignupPage')),
  },
  {
    path: '/funding',
    name: 'funding.lines.title',
    icon: <FundOutlined />,
    access: 'canReadFunding',
    component: screen(() => import('../pages/funding/FundingLinesPage')),
  },
  {
    path: '/funding/disbursements',
    name: 'funding.list.title',
    icon: <TransactionOutlined />,
    access: 'canReadFunding',
    component: screen(() => import('../pages/funding/DisbursementList')),
  },
  {
    path: '/funding/print',
    name: 'funding.print.title',
    access: 'canReadFunding',
    hideInMenu: true,
    component: screen(() => import('../pages/funding/PaymentListPage')),
  },
  {
    path: '/reports',
    name: 'report.menu',
    icon: <FileTextOutlined />,
    access: 'canReadMembers',
    component: screen(() => import('../pages/report/ReportPage')),
  },
  {
    path: '/reports/:year',
    name: 'report.document',
    access: 'canReadMembers',
    hideInMenu: true,
    component: screen(() => import('../pages/report/ReportPage')),
  },
  {
    path: '/settings',
    name: 'menu.settings',
    hideInMenu: true,
    component: screen(() => import('../pages/settings/SettingsPage')),
  },
  {
    path: '/admin/users',
    name: 'menu.users',
    icon: <UserOutlined />,
    access: 'canAdmin',
    group: 'menu.admin',
    component: screen(() => import('../pages/users/UserList')),
  },
  {
    path: '/admin/tokens',
    name: 'menu.tokens',
    icon: <KeyOutlined />,
    access: 'canAdmin',
    group: 'menu.admin',
    component: screen(() => import('../pages/tokens/TokenList')),
  },
  {
    path: '/admin/visit-settings',
    name: 'coverage.settings.title',
    icon: <FieldTimeOutlined />,
    access: 'canAdmin',
    group: 'menu.admin',
    component: screen(() => import('../pages/coverage/VisitSettingsPage')),
  },
  {
    path: '/admin/funding-settings',
    name: 'funding.settings.title',
    icon: <MoneyCollectOutlined />,
    access: 'canAdmin',
    group: 'menu.admin',
    component: screen(() => import('../pages/funding/FundingSettingsPage')),
  },
];

/** The route a path belongs to (`/roster/123` → `/roster/:id`). */
export function matchRoute(pathname: string): AppRoute | undefined {
  return routes.find((route) => {
    const pattern = new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}/?$`);
    return pattern.test(pathname);
  });
}

/** The routes above a path, for breadcrumbs: `/roster/1/edit` → roster, member, edit. */
export function breadcrumbRoutes(pathname: string): { route: AppRoute; path: string }[] {
  const parts = pathname.split('/').filter(Boolean);
  const crumbs: { route: AppRoute; path: string }[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const path = `/${parts.slice(0, i).join('/')}`;
    const route = matchRoute(path);
    if (route && route.path !== '/') crumbs.push({ route, path });
  }
  return crumbs;
}
