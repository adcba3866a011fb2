import { Link } from 'react-router';
import { Badge, Card, Col, Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import type { CampaignRowFragment } from '../../gql/graphql';
import { campaignPath } from './campaign-view';
import { residence } from './CampaignEntriesTab';
import { CampaignsDocument } from './campaigns-query';
import { CampaignEntriesDocument } from './queries';
import './locale';

const SHOWN = 5;

/** One open campaign's members assigned to me and not yet visited: a few, and the way to record. */
function MyCampaignList({ campaign }: { campaign: CampaignRowFragment }) {
  const { t } = useI18n();
  const { access } = useViewer();
  const { data } = useQuery(CampaignEntriesDocument, {
    variables: {
      campaignId: campaign.id,
      filter: { mine: true, visited: false },
      first: SHOWN,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.campaignEntries;
  if (!page?.totalCount) return null;
  const recordLink = `${campaignPath(campaign.id)}/record?mine=1`;
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>
          {t('campaigns.mine.left', { name: campaign.name, count: page.totalCount })}
        </Typography.Text>
        {access.canWriteVisits && (
          <Link to={recordLink} style={touchLink}>
            {t('campaigns.mine.record')}
          </Link>
        )}
      </Flex>
      <ListCards
        items={page.nodes}
        rowKey={(e) => e.id}
        loading={false}
        label={campaign.name}
        empty={null}
      >
        {(e) => (
          <ListCard
            title={e.member.name}
            facts={[
              {
                key: 'residence',
                label: t('campaigns.entries.col.residence'),
                value: residence(e),
              },
              {
                key: 'gift',
                label: t('campaigns.entries.col.gift'),
                value: `${e.gift ?? '—'}，${formatFen(e.amountFen)}`,
              },
            ]}
          />
        )}
      </ListCards>
    </Flex>
  );
}

/**
 * 我的待办's 慰问名单: the open campaigns' members on the lists of groups that name me, each
 * campaign with the way to its batch recording. Nothing shows while no campaign is under way.
 */
export function CampaignTasksSection() {
  const { t } = useI18n();
  const { data } = useQuery(CampaignsDocument, {
    variables: { filter: { active: true }, first: 10 },
    fetchPolicy: 'cache-and-network',
  });
  const campaigns = data?.campaigns.nodes ?? [];
  if (!campaigns.length) return null;
  return (
    <Col xs={24} xl={12}>
      <Card
        title={
          <Flex align="center" gap={8}>
            <span>{t('campaigns.mine.title')}</span>
            <Badge count={campaigns.length} color="#595959" />
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          {campaigns.map((campaign) => (
            <MyCampaignList key={campaign.id} campaign={campaign} />
          ))}
        </Flex>
      </Card>
    </Col>
  );
}
