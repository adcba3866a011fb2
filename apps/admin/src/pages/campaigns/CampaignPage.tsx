import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Card, Flex, Popconfirm, Tabs, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import type { CampaignDetailFragment } from '../../gql/graphql';
import { CampaignFormModal } from './CampaignFormModal';
import { CampaignEntriesTab } from './CampaignEntriesTab';
import { CampaignGroupsTab } from './CampaignGroupsTab';
import { CampaignPlanTab } from './CampaignPlanTab';
import { CampaignProgressTab } from './CampaignProgressTab';
import { CAMPAIGN_TABS, type CampaignTab } from './campaign-view';
import { CampaignStatusTag, useOccasionLabel } from './labels';
import {
  ApproveCampaignDocument,
  CampaignDocument,
  CloseCampaignDocument,
  DeleteCampaignDocument,
} from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * A campaign: its plan (and approval), work groups, list and progress, one tab each; the tab is
 * in the URL (`?tab=groups`), so a link can open it.
 */
export default function CampaignPage() {
  const { t, locale } = useI18n();
  const { access } = useViewer();
  const { modal, message } = useFeedback();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: CampaignTab = CAMPAIGN_TABS.find((x) => x === params.get('tab')) ?? 'plan';
  const [editing, setEditing] = useState(false);
  const occasionLabel = useOccasionLabel();
  const { data, loading, error, refetch } = useQuery(CampaignDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [approve, approving] = useMutation(ApproveCampaignDocument);
  const [close, closing] = useMutation(CloseCampaignDocument);
  const [remove, removing] = useMutation(DeleteCampaignDocument);

  const node = data?.node;
  if (!node || node.__typename !== 'Campaign') {
    return data ? (
      <Card>
        <Typography.Text>{t('campaigns.notFound')}</Typography.Text>
      </Card>
    ) : (
      <PageState loading={loading} error={error} onRetry={() => void refetch()} />
    );
  }
  const campaign = node as CampaignDetailFragment;
  const input = { id: campaign.id, expectedVersion: campaign.version };

  const refusal = (
    errors: readonly { code: string; message: string; field: readonly string[] }[],
  ) =>
    localizeUserErrors(errors, locale)
      .map((e) => e.message)
      .join('；');

  const onApprove = async () => {
    try {
      const result = (await approve({ variables: { input }, refetchQueries: ['Campaign'] })).data
        ?.approveCampaign;
      if (!result) return;
      if (result.userErrors.length) {
        modal.error({ title: t('campaigns.approveRefused'), content: refusal(result.userErrors) });
        return;
      }
      message.success(
        t('campaigns.approved', { amount: formatFen(result.campaign?.committedFen ?? 0) }),
      );
    } catch (e: unknown) {
      modal.error({ title: t('campaigns.approveRefused'), content: errorMessage(e, locale) });
    }
  };

  const onClose = async () => {
    try {
      const result = (await close({ variables: { input }, refetchQueries: ['Campaign'] })).data
        ?.closeCampaign;
      if (result?.userErrors.length) message.error(refusal(result.userErrors));
      else if (result) message.success(t('campaigns.closed'));
    } catch (e: unknown) {
      message.error(errorMessage(e, locale));
    }
  };

  const onDelete = async () => {
    try {
      const result = (await remove({ variables: { input }, refetchQueries: ['Campaigns'] })).data
        ?.deleteCampaign;
      if (result?.userErrors.length) message.error(refusal(result.userErrors));
      else if (result) {
        message.success(t('campaigns.deleted', { name: campaign.name }));
        void navigate('/campaigns');
      }
    } catch (e: unknown) {
      message.error(errorMessage(e, locale));
    }
  };

  const draft = campaign.status === 'DRAFT';
  const planning = access.canWriteFunding;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {campaign.name}
            </Typography.Title>
            <CampaignStatusTag status={campaign.status} />
          </Flex>
          <Typography.Text type="secondary">
            {occasionLabel(campaign)} ·{' '}
            {t('campaigns.period', { from: campaign.startsOn, to: campaign.endsOn })} ·{' '}
            {campaign.branch?.name ?? t('campaigns.county')}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap>
          {draft && planning && (
            <Button onClick={() => setEditing(true)}>{t('campaigns.edit')}</Button>
          )}
          {campaign.canApprove && (
            <Popconfirm
              title={t('campaigns.approveConfirm', {
                amount: formatFen(campaign.plannedTotalFen),
                line: campaign.budget.name,
              })}
              okText={t('campaigns.approve')}
              cancelText={t('common.cancel')}
              onConfirm={() => onApprove()}
            >
              <Button type="primary" loading={approving.loading}>
                {t('campaigns.approve')}
              </Button>
            </Popconfirm>
          )}
          {campaign.status === 'APPROVED' && planning && (
            <Popconfirm
              title={t('campaigns.closeConfirm', {
                amount: formatFen(Math.max(campaign.committedFen - campaign.paidFen, 0)),
              })}
              okText={t('campaigns.close')}
              cancelText={t('common.cancel')}
              onConfirm={() => onClose()}
            >
              <Button loading={closing.loading}>{t('campaigns.close')}</Button>
            </Popconfirm>
          )}
          {draft && planning && (
            <Popconfirm
              title={t('campaigns.deleteConfirm', { name: campaign.name })}
              okText={t('campaigns.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => onDelete()}
            >
              <Button danger loading={removing.loading}>
                {t('campaigns.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(next) =>
            setParams((current) => {
              const nextParams = new URLSearchParams(current);
              if (next === 'plan') nextParams.delete('tab');
              else nextParams.set('tab', next);
              return nextParams;
            })
          }
          items={[
            {
              key: 'plan',
              label: t('campaigns.tab.plan'),
              children: <CampaignPlanTab campaign={campaign} />,
            },
            {
              key: 'groups',
              label: t('campaigns.tab.groups'),
              children: <CampaignGroupsTab campaign={campaign} />,
            },
            {
              key: 'entries',
              label: t('campaigns.tab.entries'),
              children: <CampaignEntriesTab campaign={campaign} />,
            },
            {
              key: 'progress',
              label: t('campaigns.tab.progress'),
              children: <CampaignProgressTab campaign={campaign} />,
            },
          ]}
        />
      </Card>
      {editing && (
        <CampaignFormModal
          campaign={campaign}
          year={campaign.year}
          onClose={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}
