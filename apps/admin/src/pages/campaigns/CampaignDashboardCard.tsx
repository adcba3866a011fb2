import { Link } from 'react-router';
import { Col, Empty, Flex } from 'antd';
import { formatLargeFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { Panel } from '../home/Panel';
import styles from '../home/home.module.css';
import { campaignPath } from './campaign-view';
import { VisitedBar } from './labels';
import type { CampaignsQuery } from '../../gql/graphql';
import './locale';

/**
 * 首页: the campaigns under way (the dashboard asks for them with its figures), each with how
 * many are visited and what is paid of the plan.
 */
export function CampaignDashboardCard({
  campaigns,
}: {
  campaigns: CampaignsQuery['campaigns']['nodes'];
}) {
  const { t, locale } = useI18n();
  return (
    <Col xs={24}>
      <Panel
        title={t('campaigns.card.title')}
        extra={<Link to="/campaigns">{t('campaigns.title')}</Link>}
      >
        {campaigns.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaigns.card.empty')} />
        ) : (
          <Flex vertical gap={12}>
            {campaigns.map((c) => (
              <div key={c.id}>
                <Flex justify="space-between" wrap gap={8}>
                  <Link to={campaignPath(c.id)}>{c.name}</Link>
                  <span className={styles.secondary}>
                    {t('campaigns.card.paid', {
                      paid: formatLargeFen(c.progress.paidFen, locale),
                      planned: formatLargeFen(c.plannedTotalFen, locale),
                    })}
                  </span>
                </Flex>
                <VisitedBar
                  visited={c.progress.visitedCount}
                  total={c.progress.memberCount}
                  name={c.name}
                />
              </div>
            ))}
          </Flex>
        )}
      </Panel>
    </Col>
  );
}
