import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { MessageKey } from '../../../locales';
import type { VisitRecordFragment } from '../../../gql/graphql';
import { formatFen, sumFen } from '@wanxia/schema';
import { LateTag, OccasionTag } from '../labels';
import '../locale';
import './locale';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** Long text on one line, in full on hover and to screen readers. */
const clipped = (value: string | null | undefined): ReactNode =>
  value ? (
    <Typography.Text ellipsis={{ tooltip: value }} style={{ maxWidth: '100%' }}>
      {value}
    </Typography.Text>
  ) : (
    dash
  );

/** The sum handed over on the visit: its payments, those voided left out. */
function paidOn(visit: VisitRecordFragment): number | null {
  const payments = (visit.payments ?? []).filter((p) => p.status !== 'VOID');
  return payments.length ? sumFen(payments.map((p) => p.amountFen)) : null;
}

/** The records' columns: when, whom and where they belong, what for, who went, what came of it. */
export function recordsColumns(t: Translate): TableColumnsType<VisitRecordFragment> {
  return [
    {
      key: 'visitedOn',
      title: t('visitRecords.column.visitedOn'),
      width: 104,
      fixed: 'left',
      render: (_, visit) => visit.visitedOn,
    },
    {
      key: 'member',
      title: t('visitRecords.column.member'),
      width: 88,
      fixed: 'left',
      render: (_, visit) =>
        visit.member ? (
          <Link to={`/roster/${encodeURIComponent(visit.member.id)}`}>{visit.member.name}</Link>
        ) : (
          <Typography.Text type="secondary">{t('visits.outOfReach')}</Typography.Text>
        ),
    },
    {
      key: 'branch',
      title: t('visitRecords.column.branch'),
      width: 170,
      render: (_, visit) => clipped(visit.member?.branch.name),
    },
    {
      key: 'occasion',
      title: t('visitRecords.column.occasion'),
      width: 96,
      render: (_, visit) => <OccasionTag occasion={visit.occasion} />,
    },
    {
      key: 'visitors',
      title: t('visitRecords.column.visitors'),
      width: 130,
      render: (_, visit) => clipped(visit.visitors),
    },
    {
      key: 'place',
      title: t('visitRecords.column.place'),
      width: 110,
      render: (_, visit) => clipped(visit.place),
    },
    {
      key: 'summary',
      title: t('visitRecords.column.summary'),
      // The rest of the width: at least 200 pixels.
      minWidth: 200,
      render: (_, visit) => clipped(visit.summary),
    },
    {
      key: 'gifts',
      title: t('visitRecords.column.gifts'),
      width: 130,
      render: (_, visit) => {
        const paid = paidOn(visit);
        if (!visit.gifts && paid === null) return dash;
        return (
          <Flex vertical gap={2}>
            {visit.gifts && clipped(visit.gifts)}
            {paid !== null && (
              <Typography.Text>
                {t('visitRecords.money', { amount: formatFen(paid) })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'marks',
      title: t('visitRecords.column.marks'),
      width: 96,
      render: (_, visit) =>
        visit.late || visit.followUpNeeded ? (
          <Flex gap={4} wrap>
            {visit.late && <LateTag />}
            {visit.followUpNeeded && (
              <Tooltip
                title={
                  visit.followUpNote && t('visitRecords.followUpNote', { note: visit.followUpNote })
                }
              >
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {t('visits.tag.followUp')}
                </Tag>
              </Tooltip>
            )}
          </Flex>
        ) : null,
    },
  ];
}
