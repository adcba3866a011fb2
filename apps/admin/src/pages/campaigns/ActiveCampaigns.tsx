import { Link } from 'react-router';
import { Flex } from 'antd';
import { formatLargeFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import styles from '../home/home.module.css';
import { campaignPath } from './campaign-view';
import { VisitedBar } from './labels';
import type { CampaignsQuery } from '../../gql/graphql';
import './locale';

/**
 * 首页: the campaigns under way, each with how many are visited and what is paid of the plan.
 * A chunk of its own, loaded only when there are any (see home/CampaignsCard).
 */
export default function ActiveCampaigns({
  campaigns,
}: {
  campaigns: CampaignsQuery['campaigns']['nodes'];
}) {
  const { t, locale } = useI18n();
  return (
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
  );
}
