import { ON_TRACK_TEXT } from './status-colors';
import { useEffect, useRef } from 'react';
import { Table, Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { BranchComplianceRowFragment } from '../../gql/graphql';
import './locale';

type KindRow = BranchComplianceRowFragment['kinds'][number];

/** A branch's compliance per kind: frequency, held, met of required, due by, overdue or not. */
export function KindTable({ kinds }: { kinds: readonly KindRow[] }) {
  const { t } = useI18n();
  // The table scrolls sideways on a narrow screen: its scrolling box takes the keyboard focus.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('.ant-table-content')?.setAttribute('tabindex', '0');
  });
  return (
    <div ref={box}>
      <Table<KindRow>
        rowKey="kind"
        size="small"
        pagination={false}
        aria-label={t('partyLife.compliance.table')}
        dataSource={[...kinds]}
        scroll={{ x: 560 }}
        columns={[
          {
            key: 'kind',
            title: t('partyLife.field.kind'),
            render: (_, k) => t(`partyLife.kind.${k.kind}`),
          },
          {
            key: 'frequency',
            title: t('partyLife.compliance.frequency'),
            render: (_, k) => t(`partyLife.frequency.${k.frequency}`),
          },
          { key: 'held', title: t('partyLife.compliance.held'), dataIndex: 'held' },
          {
            key: 'met',
            title: t('partyLife.compliance.kinds'),
            render: (_, k) =>
              t('partyLife.compliance.heldOfRequired', { met: k.met, required: k.required }),
          },
          {
            key: 'dueBy',
            title: t('partyLife.compliance.dueBy'),
            render: (_, k) => k.dueBy ?? '—',
          },
          {
            key: 'status',
            title: t('partyLife.compliance.status'),
            render: (_, k) =>
              k.overdue > 0 ? (
                <Tag color="error">{t('partyLife.due.overdue', { count: k.overdue })}</Tag>
              ) : (
                <Tag color="success" style={{ color: ON_TRACK_TEXT }}>
                  {t('partyLife.compliance.onTrack')}
                </Tag>
              ),
          },
        ]}
      />
    </div>
  );
}
