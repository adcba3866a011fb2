import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import { useCompact } from '../../components/useCompact';
import type { CampaignDetailFragment, WorkGroupFieldsFragment } from '../../gql/graphql';
import { VisitedBar } from './labels';
import { campaignPath } from './campaign-view';
import { AssignCampaignDocument, DeleteWorkGroupDocument } from './queries';
import { WorkGroupFormModal } from './WorkGroupFormModal';
import './locale';
import { useFeedback } from '../../components/feedback';

/** The people of a group: the leader first, then the accounts and the named visitors. */
export function groupVisitors(group: WorkGroupFieldsFragment): string[] {
  return [...group.visitorUsers.map((u) => u.displayName), ...group.visitors];
}

/**
 * 工作组: who visits whom. Groups are added and changed here; 分配 makes (or remakes) their lists
 * and says how many nobody covers, with the way to that list. Each group leads to its batch
 * recording, route sheet and payment list.
 */
export function CampaignGroupsTab({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t, locale } = useI18n();
  const { access } = useViewer();
  const { message } = useFeedback();
  const compact = useCompact();
  const [editing, setEditing] = useState<WorkGroupFieldsFragment | 'new' | null>(null);
  const [assigned, setAssigned] = useState<{ assigned: number; uncovered: number } | null>(null);
  const [assign, assigning] = useMutation(AssignCampaignDocument);
  const [remove] = useMutation(DeleteWorkGroupDocument);
  const planning = access.canWriteFunding && campaign.status !== 'CLOSED';
  const paying = campaign.status === 'APPROVED';
  const base = campaignPath(campaign.id);
  const groupLink = (page: string, group: { id: string }) =>
    `${base}/${page}?group=${encodeURIComponent(group.id)}`;

  const onAssign = async () => {
    setAssigned(null);
    try {
      const result = (
        await assign({ variables: { input: { id: campaign.id } }, refetchQueries: ['Campaign'] })
      ).data?.assignCampaign;
      if (!result) return;
      if (result.userErrors.length) {
        message.error(
          localizeUserErrors(result.userErrors, locale)
            .map((e) => e.message)
            .join('；'),
        );
        return;
      }
      setAssigned({ assigned: result.assignedCount ?? 0, uncovered: result.uncoveredCount ?? 0 });
    } catch (e: unknown) {
      message.error(errorMessage(e, locale));
    }
  };

  const onDelete = async (group: WorkGroupFieldsFragment) => {
    try {
      const result = (
        await remove({
          variables: { input: { id: group.id, expectedVersion: group.version } },
          refetchQueries: ['Campaign'],
        })
      ).data?.deleteWorkGroup;
      if (result?.userErrors.length)
        message.error(
          localizeUserErrors(result.userErrors, locale)
            .map((e) => e.message)
            .join('；'),
        );
    } catch (e: unknown) {
      message.error(errorMessage(e, locale));
    }
  };

  const coverage = (g: WorkGroupFieldsFragment) =>
    [...g.branches.map((b) => b.name), ...g.townships, ...g.places].join('、');
  const actions = (g: WorkGroupFieldsFragment) => (
    <Flex gap={8} wrap>
      {paying && access.canWriteVisits && (
        <Link to={groupLink('record', g)} style={touchLink}>
          {t('campaigns.groups.record')}
        </Link>
      )}
      <Link to={groupLink('route-sheet', g)} style={touchLink}>
        <PrinterOutlined /> {t('campaigns.groups.routeSheet')}
      </Link>
      <Link to={groupLink('payment-sheet', g)} style={touchLink}>
        <PrinterOutlined /> {t('campaigns.groups.paymentSheet')}
      </Link>
      {planning && (
        <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(g)}>
          {t('common.edit')}
        </Button>
      )}
      {planning && (
        <Popconfirm
          title={t('campaigns.groups.deleteConfirm', { name: g.name })}
          okText={t('campaigns.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => onDelete(g)}
        >
          <Button type="link" danger style={{ padding: 0 }}>
            {t('campaigns.delete')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );

  const columns: TableColumnsType<WorkGroupFieldsFragment> = [
    {
      key: 'name',
      title: t('campaigns.groups.col.name'),
      render: (_, g) => `${g.position}. ${g.name}`,
    },
    { key: 'leader', title: t('campaigns.groups.col.leader'), dataIndex: 'leader' },
    {
      key: 'visitors',
      title: t('campaigns.groups.col.visitors'),
      width: 160,
      ellipsis: true,
      render: (_, g) => groupVisitors(g).join('、'),
    },
    {
      key: 'coverage',
      title: t('campaigns.groups.col.coverage'),
      width: 160,
      ellipsis: true,
      render: (_, g) => coverage(g),
    },
    {
      key: 'visited',
      title: t('campaigns.groups.col.visited'),
      width: 180,
      render: (_, g) => <VisitedBar visited={g.visitedCount} total={g.memberCount} name={g.name} />,
    },
    {
      key: 'paid',
      title: t('campaigns.groups.col.paid'),
      align: 'right',
      render: (_, g) => formatFen(g.paidFen),
    },
    { key: 'actions', title: t('campaigns.groups.col.actions'), render: (_, g) => actions(g) },
  ];

  return (
    <Flex vertical gap={16}>
      {planning && (
        <Flex gap={8} wrap align="center">
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('campaigns.groups.new')}
          </Button>
          <Button
            type="primary"
            loading={assigning.loading}
            disabled={!campaign.groups.length}
            onClick={() => void onAssign()}
          >
            {t('campaigns.groups.assign')}
          </Button>
          <Typography.Text type="secondary">{t('campaigns.groups.assignHelp')}</Typography.Text>
        </Flex>
      )}
      {assigned && (
        <Alert
          type={assigned.uncovered ? 'warning' : 'success'}
          showIcon
          role="status"
          title={t('campaigns.groups.assigned', assigned)}
          action={
            assigned.uncovered > 0 ? (
              <Link to={`${base}?tab=entries&group=none`}>
                {t('campaigns.groups.showUncovered')}
              </Link>
            ) : undefined
          }
        />
      )}
      {compact ? (
        <ListCards
          items={campaign.groups}
          rowKey={(g) => g.id}
          loading={false}
          label={t('campaigns.tab.groups')}
          empty={<Typography.Text type="secondary">{t('campaigns.groups.empty')}</Typography.Text>}
        >
          {(g) => (
            <ListCard
              title={g.name}
              facts={[
                { key: 'leader', label: t('campaigns.groups.col.leader'), value: g.leader },
                {
                  key: 'visitors',
                  label: t('campaigns.groups.col.visitors'),
                  value: groupVisitors(g).join('、') || '—',
                },
                { key: 'coverage', label: t('campaigns.groups.col.coverage'), value: coverage(g) },
                {
                  key: 'visited',
                  label: t('campaigns.groups.col.visited'),
                  value: (
                    <VisitedBar visited={g.visitedCount} total={g.memberCount} name={g.name} />
                  ),
                },
                { key: 'paid', label: t('campaigns.groups.col.paid'), value: formatFen(g.paidFen) },
              ]}
              actions={actions(g)}
            />
          )}
        </ListCards>
      ) : (
        <Table<WorkGroupFieldsFragment>
          rowKey="id"
          size="middle"
          aria-label={t('campaigns.tab.groups')}
          columns={columns}
          dataSource={campaign.groups}
          pagination={false}
          locale={{ emptyText: t('campaigns.groups.empty') }}
          scroll={{ x: 'max-content' }}
        />
      )}
      {editing && (
        <WorkGroupFormModal
          campaignId={campaign.id}
          group={editing === 'new' ? undefined : editing}
          nextPosition={Math.max(0, ...campaign.groups.map((g) => g.position)) + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
