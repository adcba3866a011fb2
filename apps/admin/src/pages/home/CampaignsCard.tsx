import { lazy } from 'react';
import { Link } from 'react-router';
import { Col, Empty } from 'antd';
import { useI18n } from '../../app/i18n';
import type { CampaignsQuery } from '../../gql/graphql';
import { Panel } from './Panel';
import './locale';

// The campaigns' bars and sums (and the campaign screens' messages) load only when there are
// campaigns under way; until then the dashboard shows its loading state, so nothing moves.
const ActiveCampaigns = lazy(() => import('../campaigns/ActiveCampaigns'));

/** 首页: the campaigns under way (the dashboard asks for them with its figures). */
export function CampaignsCard({ campaigns }: { campaigns: CampaignsQuery['campaigns']['nodes'] }) {
  const { t } = useI18n();
  return (
    <Col xs={24}>
      <Panel
        title={t('home.campaigns.title')}
        extra={<Link to="/campaigns">{t('campaigns.title')}</Link>}
      >
        {campaigns.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.campaigns.empty')} />
        ) : (
          <ActiveCampaigns campaigns={campaigns} />
        )}
      </Panel>
    </Col>
  );
}
