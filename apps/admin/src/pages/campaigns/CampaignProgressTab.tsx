import { Flex, Table, Typography } from 'antd';
import { ListCard, ListCards } from '../../components/ListCards';
import { useCompact } from '../../components/useCompact';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import type { CampaignDetailFragment } from '../../gql/graphql';
import { VisitedBar } from './labels';
import './locale';

interface ProgressRow {
  key: string;
  name: string;
  memberCount: number;
  visitedCount: number;
  remainingCount: number;
  paidFen: number;
}

/** 进度: visited, remaining and paid, by work group and by branch, live during the campaign. */
export function CampaignProgressTab({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t } = useI18n();
  const compact = useCompact();
  const { progress } = campaign;
  const byGroup: ProgressRow[] = progress.byGroup.map((row) => ({
    ...row,
    key: row.workGroup?.id ?? 'none',
    name: row.workGroup?.name ?? t('campaigns.progress.noGroup'),
  }));
  const byBranch: ProgressRow[] = progress.byBranch.map((row) => ({
    ...row,
    key: row.branch.id,
    name: row.branch.name,
  }));
  const table = (title: string, rows: ProgressRow[]) => (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      {compact ? (
        <ListCards items={rows} rowKey={(r) => r.key} loading={false} label={title} empty={null}>
          {(r) => (
            <ListCard
              title={r.name}
              facts={[
                {
                  key: 'share',
                  label: t('campaigns.progress.share'),
                  value: (
                    <VisitedBar visited={r.visitedCount} total={r.memberCount} name={r.name} />
                  ),
                },
                {
                  key: 'remaining',
                  label: t('campaigns.progress.remaining'),
                  value: r.remainingCount,
                },
                { key: 'paid', label: t('campaigns.progress.paid'), value: formatFen(r.paidFen) },
              ]}
            />
          )}
        </ListCards>
      ) : (
        <Table<ProgressRow>
          rowKey="key"
          size="small"
          aria-label={title}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'name', title: title, dataIndex: 'name' },
            {
              key: 'share',
              title: t('campaigns.progress.share'),
              width: 180,
              render: (_, r) => (
                <VisitedBar visited={r.visitedCount} total={r.memberCount} name={r.name} />
              ),
            },
            {
              key: 'visited',
              title: t('campaigns.progress.visited'),
              align: 'right',
              dataIndex: 'visitedCount',
            },
            {
              key: 'remaining',
              title: t('campaigns.progress.remaining'),
              align: 'right',
              dataIndex: 'remainingCount',
            },
            {
              key: 'paid',
              title: t('campaigns.progress.paid'),
              align: 'right',
              render: (_, r) => formatFen(r.paidFen),
            },
          ]}
        />
      )}
    </div>
  );
  return (
    <Flex vertical gap={16}>
      <div>
        <VisitedBar
          visited={progress.visitedCount}
          total={progress.memberCount}
          name={campaign.name}
        />
        <Typography.Text>
          {t('campaigns.progress.summary', {
            visited: progress.visitedCount,
            remaining: progress.remainingCount,
            uncovered: progress.uncoveredCount,
            paid: formatFen(progress.paidFen),
          })}
        </Typography.Text>
      </div>
      {table(t('campaigns.progress.byGroup'), byGroup)}
      {table(t('campaigns.progress.byBranch'), byBranch)}
    </Flex>
  );
}
