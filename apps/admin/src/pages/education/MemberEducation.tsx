import { useState } from 'react';
import { Collapse, Empty, Flex, List, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useCompact } from '../../components/useCompact';
import { recordYears } from './education-view';
import { MemberEducationDocument } from './queries';
import './locale';

/**
 * The member page's 学习教育: the member's works and awards, and a year's learning points, in a
 * panel that loads them when opened.
 */
export function MemberEducation({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const compact = useCompact();
  return (
    <Collapse
      size={compact ? 'small' : 'middle'}
      items={[
        {
          key: 'education',
          label: t('education.menu'),
          children: <MemberEducationBody memberId={memberId} />,
        },
      ]}
    />
  );
}

function MemberEducationBody({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const years = recordYears();
  const [year, setYear] = useState(years[0]);
  const { data, loading, error, refetch } = useQuery(MemberEducationDocument, {
    variables: { id: memberId, year },
  });
  const member = data?.node?.__typename === 'Member' ? data.node : null;

  return (
    <>
      {!member ? (
        <PageState loading={loading} error={error} onRetry={() => void refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <section aria-label={t('education.member.works')}>
            <Typography.Title level={5}>{t('education.member.works')}</Typography.Title>
            {member.works.length ? (
              <List
                size="small"
                dataSource={member.works}
                renderItem={(w) => (
                  <List.Item>
                    <Flex gap={8} wrap align="center">
                      <span>{w.year}</span>
                      <Tag>{t(`education.kind.${w.kind}`)}</Tag>
                      <span>{w.title}</span>
                      {w.award && (
                        <Tag color="gold">
                          {t(`education.level.${w.award.level}`)}
                          {t(`education.grade.${w.award.grade}`)}
                        </Tag>
                      )}
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text type="secondary">{t('education.member.noWorks')}</Typography.Text>
            )}
          </section>
          <section aria-label={t('education.member.points', { year })}>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('education.member.points', { year })}
              </Typography.Title>
              <Select<number>
                aria-label={t('education.field.year')}
                value={year}
                onChange={setYear}
                style={{ width: 110 }}
                options={years.map((y) => ({ value: y, label: String(y) }))}
              />
            </Flex>
            <Table
              size="small"
              rowKey="month"
              style={{ marginTop: 8 }}
              aria-label={t('education.member.points', { year })}
              pagination={false}
              scroll={{ x: true }}
              dataSource={member.learningPoints}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('education.points.empty')}
                  />
                ),
              }}
              columns={[
                { key: 'month', title: t('education.points.month'), dataIndex: 'month' },
                { key: 'points', title: t('education.points.points'), dataIndex: 'points' },
                { key: 'county', title: t('education.points.rank'), dataIndex: 'countyRank' },
                {
                  key: 'province',
                  title: t('education.points.provinceRank'),
                  render: (_, p) => p.provinceRank ?? '—',
                },
              ]}
            />
          </section>
        </Flex>
      )}
    </>
  );
}
