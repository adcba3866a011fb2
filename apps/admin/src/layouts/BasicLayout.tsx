import { cloneElement, isValidElement, lazy, Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import {
  Avatar,
  Breadcrumb,
  Button,
  Dropdown,
  Flex,
  Layout,
  Menu,
  Space,
  Tag,
  type MenuProps,
} from 'antd';
import {
  GlobalOutlined,
  LeftOutlined,
  LogoutOutlined,
  MenuOutlined,
  RightOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../app/i18n';
import { useViewer } from '../app/viewer';
import { breadcrumbRoutes, matchRoute, routes } from '../app/routes';
import { PageState } from '../components/PageState';
import { useCompact } from '../components/useCompact';

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

// The phone's menu drawer loads when it is first opened: no first screen shows it.
const Drawer = lazy(() => import('antd/es/drawer'));

// Text as Ant Design's Typography sets it (strong, secondary), without its code.
const STRONG = { color: 'rgba(0, 0, 0, 0.88)', fontWeight: 600 };
const SECONDARY = { color: 'rgba(0, 0, 0, 0.65)' };

/** Side menu, breadcrumbs and header around every signed-in screen (Ant Design Pro's layout). */
export function BasicLayout() {
  const { t, locale, setLocale } = useI18n();
  const { viewer, access } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  const [collapsed, setCollapsed] = useState(false);
  const compact = useCompact();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerOpened, setDrawerOpened] = useState(false);

  const menuItems = useMemo<MenuProps['items']>(() => {
    const visible = routes.filter((r) => !r.hideInMenu && (!r.access || access[r.access]));
    const items: NonNullable<MenuProps['items']> = [];
    for (const route of visible) {
      const item = {
        key: route.path,
        // The entry's name says what it is: screen readers skip the icon (else: "home", "team").
        icon: isValidElement<{ 'aria-hidden'?: boolean }>(route.icon)
          ? cloneElement(route.icon, { 'aria-hidden': true })
          : route.icon,
        label: <Link to={route.path}>{t(route.name)}</Link>,
      };
      if (!route.group) {
        items.push(item);
        continue;
      }
      let group = items.find((i) => i?.key === route.group) as { children: unknown[] } | undefined;
      if (!group) {
        group = { key: route.group, label: t(route.group), type: 'group', children: [] } as never;
        items.push(group as never);
      }
      group!.children.push(item);
    }
    return items;
  }, [access, t]);

  const current = matchRoute(location.pathname);
  const selected = current?.hideInMenu
    ? breadcrumbRoutes(location.pathname)[0]?.route.path
    : current?.path;

  const signOut = async () => {
    // The server ends the session and clears its cookie.
    await logout().catch(() => undefined);
    await client.clearStore();
    navigate('/login', { replace: true });
  };

  const user = viewer.user;
  const logo = (
    <Link
      to="/"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: '18px 20px',
        color: 'inherit',
      }}
      aria-label={collapsed ? t('app.name') : undefined}
    >
      <span
        aria-hidden
        style={{
          width: 28,
          height: 28,
          borderRadius: '50%',
          flex: 'none',
          background: 'radial-gradient(circle at 50% 70%, #ffa940, #d4380d)',
        }}
      />
      {!collapsed && (
        <span>
          <strong style={{ ...STRONG, fontSize: 18 }}>{t('app.name')}</strong>
          <br />
          <span style={{ ...SECONDARY, fontSize: 12 }}>{t('app.subtitle')}</span>
        </span>
      )}
    </Link>
  );
  const navigation = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={menuItems}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 0 }}
    />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {compact ? (
        drawerOpened && (
          <Suspense fallback={null}>
            <Drawer
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              placement="left"
              size={280}
              title={t('app.name')}
              styles={{ body: { padding: 0 } }}
            >
              {navigation}
            </Drawer>
          </Suspense>
        )
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          trigger={
            collapsed ? (
              <RightOutlined aria-label={t('layout.expand')} />
            ) : (
              <LeftOutlined aria-label={t('layout.collapse')} />
            )
          }
          width={216}
          theme="light"
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          {logo}
          {navigation}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: compact ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {compact ? (
            <Flex align="center" gap={4}>
              <Button
                type="text"
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('layout.menu')}
                aria-expanded={drawerOpen}
                onClick={() => {
                  setDrawerOpened(true);
                  setDrawerOpen(true);
                }}
              />
              <strong style={{ ...STRONG, fontSize: 17 }}>{t(current?.name ?? 'app.name')}</strong>
            </Flex>
          ) : (
            <Breadcrumb
              items={[
                { title: <Link to="/">{t('menu.home')}</Link> },
                ...breadcrumbRoutes(location.pathname).map(({ route, path }) => ({
                  title:
                    path === location.pathname ? (
                      t(route.name)
                    ) : (
                      <Link to={path}>{t(route.name)}</Link>
                    ),
                })),
              ]}
            />
          )}
          <Space size={compact ? 'small' : 'middle'}>
            {!compact && (
              <Tag color="volcano" data-testid="viewer-bureau">
                {t('layout.scope', {
                  name: viewer.branch?.name ?? viewer.bureau?.name ?? t('layout.province'),
                })}
              </Tag>
            )}
            <Button
              icon={<GlobalOutlined aria-hidden />}
              type="text"
              aria-label={compact ? t('layout.language') : undefined}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            >
              {!compact && t('layout.language')}
            </Button>
            {/* Click, not hover: keyboards open it too, and it stays open while the pointer travels. */}
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'bureau',
                    disabled: true,
                    label: viewer.bureau
                      ? t('layout.bureau', { name: viewer.bureau.name })
                      : t('layout.provinceBureau'),
                  },
                  {
                    key: 'settings',
                    icon: <SettingOutlined aria-hidden />,
                    label: t('menu.settings'),
                    onClick: () => navigate('/settings'),
                  },
                  {
                    key: 'signOut',
                    icon: <LogoutOutlined aria-hidden />,
                    label: t('layout.signOut'),
                    onClick: () => void signOut(),
                  },
                ],
              }}
            >
              <Button type="text" aria-label={compact ? user?.displayName : undefined}>
                <Space>
                  <Avatar
                    size="small"
                    icon={<UserOutlined aria-hidden />}
                    style={{ background: '#c0390d' }}
                  />
                  {!compact && <span>{user?.displayName}</span>}
                  {user && !compact && (
                    <span style={SECONDARY}>{t(`layout.role.${user.role}`)}</span>
                  )}
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: compact ? 12 : 24 }}>
          {/* Layout.Content is the page's <main> landmark. */}
          <Suspense fallback={<PageState loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
