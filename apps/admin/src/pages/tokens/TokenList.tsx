import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Flex,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useWholeList } from '../../components/useWholeList';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import { RevokeApiTokenDocument, TokenListTokensDocument } from './queries';
import { isTokenScope, tokenStatus, type TokenRecord, type TokenStatus } from './scopes';
import { CreateTokenModal } from './CreateTokenModal';
import { SecretModal } from './SecretModal';
import { chinaDateTime } from '@wanxia/schema';
import './locale';
import { useFeedback } from '../../components/feedback';

const STATUS_BADGE: Record<TokenStatus, 'success' | 'error' | 'warning'> = {
  active: 'success',
  revoked: 'error',
  expired: 'warning',
};

/** Personal data is the scope to watch, so it stands out among the tags. */
const PII_STYLE: React.CSSProperties = {
  color: '#a8071a',
  background: '#fff1f0',
  borderColor: '#ffa39e',
};

const formatTime = (time: string | null | undefined) => (time ? chinaDateTime(time) : null);

/** Revokes a token after confirmation; a refusal (already revoked, say) is shown in a dialog. */
function useRevoke(onDone: () => Promise<void>) {
  const { t, locale } = useI18n();
  const { message, modal } = useFeedback();
  const [revoke] = useMutation(RevokeApiTokenDocument);
  return async (token: TokenRecord) => {
    const refused = (content: string) =>
      modal.error({ title: t('tokens.revokeRefused'), content, okText: t('common.confirm') });
    try {
      const { data } = await revoke({ variables: { input: { id: token.id } } });
      const errors = data?.revokeApiToken.userErrors ?? [];
      if (errors.length) {
        refused(
          localizeUserErrors(errors, locale)
            .map((e) => e.message)
            .join('；'),
        );
        return;
      }
      message.success(t('tokens.revoked', { name: token.name }));
      await onDone();
    } catch (e: unknown) {
      refused(errorMessage(e, locale));
    }
  };
}

function TokenListScreen() {
  const { t } = useI18n();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const list = useWholeList({
    query: TokenListTokensDocument,
    variables: (after) => ({ after, includeRevoked }),
    connection: (data) => data.apiTokens,
    key: String(includeRevoked),
  });
  const revoke = useRevoke(list.reload);
  const muted = (text: string) => <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{text}</span>;

  const columns: TableColumnsType<TokenRecord> = [
    {
      key: 'name',
      title: t('tokens.col.name'),
      width: 200,
      fixed: 'left',
      render: (_, token) => <Typography.Text strong>{token.name}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('tokens.col.status'),
      width: 96,
      render: (_, token) => {
        const status = tokenStatus(token);
        return <Badge status={STATUS_BADGE[status]} text={t(`tokens.status.${status}`)} />;
      },
    },
    {
      key: 'scopes',
      title: t('tokens.col.scopes'),
      width: 250,
      render: (_, token) => (
        <Space size={4} wrap>
          {token.scopes.filter(isTokenScope).map((scope) => (
            <Tag
              key={scope}
              style={{ marginInlineEnd: 0, ...(scope === 'PII_READ' ? PII_STYLE : {}) }}
            >
              {t(`tokens.scope.${scope}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'branch',
      title: t('tokens.col.branch'),
      width: 170,
      render: (_, token) => token.branch?.name ?? t('tokens.county'),
    },
    {
      key: 'expiresAt',
      title: t('tokens.col.expiresAt'),
      width: 140,
      render: (_, token) => formatTime(token.expiresAt) ?? muted(t('tokens.never')),
    },
    {
      key: 'lastUsedAt',
      title: t('tokens.col.lastUsedAt'),
      width: 140,
      render: (_, token) => formatTime(token.lastUsedAt) ?? muted(t('tokens.neverUsed')),
    },
    {
      key: 'prefix',
      title: t('tokens.col.prefix'),
      width: 130,
      render: (_, token) => <Typography.Text code>{token.tokenPrefix}…</Typography.Text>,
    },
    {
      key: 'createdBy',
      title: t('tokens.col.createdBy'),
      width: 140,
      render: (_, token) => token.createdBy?.displayName ?? '—',
    },
    {
      key: 'createdAt',
      title: t('tokens.col.createdAt'),
      width: 140,
      render: (_, token) => formatTime(token.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (_, token) =>
        !token.revokedAt && (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: token.name })}
            description={t('tokens.revokeConfirmBody')}
            okText={t('tokens.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(token)}
          >
            <Button type="link" size="small" danger>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div style={{ maxWidth: 880 }}>
          <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>
            {t('tokens.title')}
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
            {t('tokens.lead')}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('tokens.create')}
        </Button>
      </Flex>
      <Card>
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <Switch
            id="tokens-include-revoked"
            checked={includeRevoked}
            onChange={setIncludeRevoked}
          />
          <label htmlFor="tokens-include-revoked">{t('tokens.includeRevoked')}</label>
        </Flex>
        {!list.nodes ? (
          <PageState loading={list.loading} error={list.error} onRetry={() => void list.reload()} />
        ) : (
          <Table<TokenRecord>
            rowKey="id"
            size="middle"
            aria-label={t('tokens.table')}
            columns={columns}
            dataSource={list.nodes}
            loading={list.loading}
            scroll={{ x: 1386 }}
            pagination={{
              pageSize: 20,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
            }}
            locale={{ emptyText: t('tokens.empty') }}
          />
        )}
      </Card>
      {creating && (
        <CreateTokenModal
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
            void list.reload();
          }}
        />
      )}
      {created && (
        <SecretModal name={created.name} secret={created.secret} onClose={() => setCreated(null)} />
      )}
    </>
  );
}

/** 接口令牌: credentials for other systems, each with its scopes; the secret is shown once. */
export default function TokenList() {
  return <TokenListScreen />;
}
