import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { useWholeList } from '../../components/useWholeList';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import type { Role } from '../../gql/graphql';
import { UpdateUserDocument, UserListAccountsDocument } from './queries';
import { RoleTag } from './RoleTag';
import { UserFormModal, type UserRecord } from './UserFormModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { chinaDateTime } from '@wanxia/schema';
import './locale';
import { useFeedback } from '../../components/feedback';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset'; id: string };
type StatusFilter = 'active' | 'disabled';
const ALL = 'ALL';
const ROLES: readonly Role[] = ['ADMIN', 'SECRETARY', 'VIEWER'];

/** Disables or enables an account after confirmation; the server's refusal is shown in a dialog. */
function useToggleDisabled(onDone: () => Promise<void>) {
  const { t, locale } = useI18n();
  const { message, modal } = useFeedback();
  const [update] = useMutation(UpdateUserDocument);
  return async (user: UserRecord) => {
    const disable = !user.disabledAt;
    const refused = (content: string) =>
      modal.error({
        title: t(disable ? 'users.disableRefused' : 'users.enableRefused'),
        content,
        okText: t('common.confirm'),
      });
    try {
      const { data } = await update({
        variables: { input: { id: user.id, disabled: disable, expectedVersion: user.version } },
      });
      const errors = data?.updateUser.userErrors ?? [];
      if (errors.length) {
        refused(
          localizeUserErrors(errors, locale)
            .map((e) => e.message)
            .join('；'),
        );
        return;
      }
      message.success(t(disable ? 'users.disabled' : 'users.enabled', { name: user.displayName }));
      await onDone();
    } catch (e: unknown) {
      refused(errorMessage(e, locale));
    }
  };
}

function UserListScreen() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const list = useWholeList({
    query: UserListAccountsDocument,
    variables: (after) => ({ after }),
    connection: (data) => data.users,
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | typeof ALL>(ALL);
  const [status, setStatus] = useState<StatusFilter | typeof ALL>(ALL);
  const toggle = useToggleDisabled(list.reload);

  const users = useMemo(() => {
    const text = search.trim().toLowerCase();
    return (list.nodes ?? []).filter(
      (user) =>
        (!text ||
          user.username.toLowerCase().includes(text) ||
          user.displayName.toLowerCase().includes(text)) &&
        (role === ALL || user.role === role) &&
        (status === ALL || (status === 'disabled') === Boolean(user.disabledAt)),
    );
  }, [list.nodes, search, role, status]);

  const columns: TableColumnsType<UserRecord> = [
    {
      key: 'username',
      title: t('users.col.username'),
      width: 136,
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (_, user) => (
        <Space size={6}>
          <Typography.Text code>{user.username}</Typography.Text>
          {user.id === viewer.user?.id && <Tag>{t('users.you')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'displayName',
      title: t('users.col.displayName'),
      dataIndex: 'displayName',
      width: 136,
      sorter: (a, b) => a.displayName.localeCompare(b.displayName, 'zh-Hans-CN'),
    },
    {
      key: 'role',
      title: t('users.col.role'),
      width: 124,
      render: (_, user) => <RoleTag role={user.role} />,
    },
    {
      key: 'branch',
      title: t('users.col.branch'),
      render: (_, user) => user.branch?.name ?? '—',
    },
    {
      key: 'status',
      title: t('users.col.status'),
      width: 96,
      render: (_, user) =>
        user.disabledAt ? (
          <Badge status="default" text={t('users.status.disabled')} />
        ) : (
          <Badge status="success" text={t('users.status.active')} />
        ),
    },
    {
      key: 'updatedAt',
      title: t('users.col.updatedAt'),
      width: 148,
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (_, user) => chinaDateTime(user.updatedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 210,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', id: user.id })}>
            {t('users.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'reset', id: user.id })}
          >
            {t('users.resetPassword')}
          </Button>
          <Popconfirm
            title={t(user.disabledAt ? 'users.enableConfirm' : 'users.disableConfirm', {
              name: user.displayName,
            })}
            description={t(
              user.disabledAt ? 'users.enableConfirmBody' : 'users.disableConfirmBody',
            )}
            okText={t(user.disabledAt ? 'users.enable' : 'users.disable')}
            okButtonProps={{ danger: !user.disabledAt }}
            cancelText={t('common.cancel')}
            onConfirm={() => toggle(user)}
          >
            <Button type="link" size="small" danger={!user.disabledAt}>
              {t(user.disabledAt ? 'users.enable' : 'users.disable')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const current =
    dialog && dialog.kind !== 'create' ? list.nodes?.find((u) => u.id === dialog.id) : null;
  const done = () => {
    setDialog(null);
    void list.reload();
  };

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>
            {t('users.title')}
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
            {t('users.lead')}
          </Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          {t('users.create')}
        </Button>
      </Flex>
      <Card>
        {!list.nodes ? (
          <PageState loading={list.loading} error={list.error} onRetry={() => void list.reload()} />
        ) : (
          <>
            <Flex wrap gap={8} style={{ marginBottom: 12 }}>
              <Input.Search
                aria-label={t('users.search')}
                placeholder={t('users.searchPlaceholder')}
                allowClear
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                style={{ width: 220 }}
              />
              <Select<Role | typeof ALL>
                aria-label={t('users.filter.role')}
                value={role}
                onChange={setRole}
                style={{ width: 148 }}
                options={[
                  { value: ALL, label: t('users.filter.roleAll') },
                  ...ROLES.map((value) => ({ value, label: t(`users.role.${value}`) })),
                ]}
              />
              <Select<StatusFilter | typeof ALL>
                aria-label={t('users.filter.status')}
                value={status}
                onChange={setStatus}
                style={{ width: 120 }}
                options={[
                  { value: ALL, label: t('users.filter.statusAll') },
                  { value: 'active', label: t('users.status.active') },
                  { value: 'disabled', label: t('users.status.disabled') },
                ]}
              />
            </Flex>
            <Table<UserRecord>
              rowKey="id"
              size="middle"
              aria-label={t('users.table')}
              columns={columns}
              dataSource={users}
              loading={list.loading}
              showSorterTooltip={false}
              scroll={{ x: 960 }}
              pagination={{
                pageSize: 20,
                hideOnSinglePage: true,
                showTotal: (total) => t('common.total', { total }),
              }}
              locale={{
                emptyText: t(list.nodes.length ? 'users.noMatches' : 'users.empty'),
              }}
            />
          </>
        )}
      </Card>
      {dialog?.kind === 'create' && (
        <UserFormModal
          user={null}
          onClose={() => setDialog(null)}
          onSaved={done}
          onReload={list.reload}
        />
      )}
      {dialog?.kind === 'edit' && current && (
        <UserFormModal
          user={current}
          onClose={() => setDialog(null)}
          onSaved={done}
          onReload={list.reload}
        />
      )}
      {dialog?.kind === 'reset' && current && (
        <ResetPasswordModal user={current} onClose={() => setDialog(null)} onDone={done} />
      )}
    </>
  );
}

/** 账号管理: the accounts that sign in, their roles and status, for administrators. */
export default function UserList() {
  return <UserListScreen />;
}
