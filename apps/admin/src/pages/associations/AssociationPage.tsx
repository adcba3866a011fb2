import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { AssociationActivities } from './AssociationActivities';
import { AssociationMembers } from './AssociationMembers';
import { AssociationDocument } from './queries';
import './locale';

const TABS = ['members', 'activities'] as const;

/**
 * An association: what it is, its members (join and leave) and its activities with the awards
 * won; the open tab is in the address (`?tab=activities`).
 */
export default function AssociationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'members';
  const { data, loading, error, refetch } = useQuery(AssociationDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  if (!node || node.__typename !== 'Association') {
    return data ? (
      <Card>
        <Flex vertical gap={12} align="start">
          <Typography.Text>{t('associations.notFound')}</Typography.Text>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/associations')}>
            {t('associations.back')}
          </Button>
        </Flex>
      </Card>
    ) : (
      <PageState loading={loading} error={error} onRetry={() => void refetch()} />
    );
  }
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="start" wrap gap={12}>
          <Flex vertical gap={6}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {node.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {[
                node.foundedOn && t('associations.foundedOn', { date: node.foundedOn }),
                t('associations.memberCount', { count: node.memberCount }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            {node.description && <Typography.Paragraph>{node.description}</Typography.Paragraph>}
          </Flex>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/associations')}>
            {t('associations.back')}
          </Button>
        </Flex>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(next) =>
            setParams(
              (current) => {
                const again = new URLSearchParams(current);
                if (next === 'members') again.delete('tab');
                else again.set('tab', next);
                return again;
              },
              { replace: true },
            )
          }
          items={[
            {
              key: 'members',
              label: t('associations.tab.members'),
              children: <AssociationMembers association={node} onChanged={() => void refetch()} />,
            },
            {
              key: 'activities',
              label: t('associations.tab.activities'),
              children: <AssociationActivities association={node} />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
