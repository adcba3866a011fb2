import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import {
  Avatar,
  Breadcrumb,
  Button,
  Dropdown,
  Layout,
  Menu,
  Space,
  Tag,
  Typography,
  type MenuProps,
} from 'antd';
import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../app/i18n';
import { useViewer } from '../app/viewer';
import { breadcrumbRoutes, matchRoute, routes } from '../app/routes';
import { PageState } from '../components/PageState';

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

/** Side menu, breadcrumbs and header around every signed-in screen (Ant Design Pro's layout). */
export function BasicLayout() {
  const { t, locale, setLocale } = useI18n();
  const { viewer, access } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  const [collapsed, setCollapsed] = useState(false);

  const menuItems = useMemo<MenuProps['items']>(() => {
    const visible = routes.filter((r) => !r.hideInMenu && (!r.access || access[r.access]));
    const items: NonNullable<MenuProps['items']> = [];
    for (const route of visible) {
      const item = {
        key: route.path,
        icon: route.icon,
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
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={216}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
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
              <Typography.Text strong style={{ fontSize: 18 }}>
                {t('app.name')}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('app.subtitle')}
              </Typography.Text>
            </span>
          )}
        </Link>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menuItems}
          style={{ borderInlineEnd: 0 }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
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
          <Space size="middle">
            {viewer.branch && (
              <Tag color="volcano">{t('layout.scope', { name: viewer.branch.name })}</Tag>
            )}
            <Button
              icon={<GlobalOutlined />}
              type="text"
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            >
              {t('layout.language')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'signOut',
                    icon: <LogoutOutlined />,
                    label: t('layout.signOut'),
                    onClick: () => void signOut(),
                  },
                ],
              }}
            >
              <Button type="text">
                <Space>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: '#c0390d' }} />
                  <span>{user?.displayName}</span>
                  {user && (
                    <Typography.Text type="secondary">
                      {t(`layout.role.${user.role}`)}
                    </Typography.Text>
                  )}
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          {/* Layout.Content is the page's <main> landmark. */}
          <Suspense fallback={<PageState loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
