import { Button, Flex, Input, Select, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import type { Attendance } from '../../gql/graphql';
import { ATTENDANCES, type AttendanceRow } from './party-life-view';
import './locale';

const NOT_TAKING_PART = 'NONE';

/** The branch's members, each with their attendance (or not taking part) and an absence's reason. */
export function AttendancePicker({
  rows,
  onChange,
}: {
  rows: readonly AttendanceRow[];
  onChange: (rows: AttendanceRow[]) => void;
}) {
  const { t } = useI18n();
  const change = (index: number, patch: Partial<AttendanceRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const present = rows.filter((r) => r.attendance === 'PRESENT').length;
  const taking = rows.filter((r) => r.attendance !== null).length;
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('partyLife.attendanceLine', { participants: taking, present })}
        </Typography.Text>
        <Button
          size="small"
          onClick={() => onChange(rows.map((r) => ({ ...r, attendance: 'PRESENT' })))}
        >
          {t('partyLife.participants.allPresent')}
        </Button>
      </Flex>
      <ul
        aria-label={t('partyLife.participants')}
        style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 320, overflowY: 'auto' }}
      >
        {rows.map((row, index) => (
          <li key={row.memberId} style={{ padding: '4px 0' }}>
            <Flex gap={8} align="center" wrap>
              <span style={{ minWidth: 72 }}>{row.name}</span>
              <Select<string>
                size="middle"
                style={{ width: 112 }}
                aria-label={`${row.name} ${t('partyLife.field.attendance')}`}
                value={row.attendance ?? NOT_TAKING_PART}
                onChange={(value) =>
                  change(index, {
                    attendance: value === NOT_TAKING_PART ? null : (value as Attendance),
                  })
                }
                options={[
                  ...ATTENDANCES.map((a) => ({ value: a, label: t(`partyLife.attendance.${a}`) })),
                  { value: NOT_TAKING_PART, label: '—' },
                ]}
              />
              {row.attendance === 'ABSENT' && (
                <Input
                  style={{ flex: '1 1 140px', minWidth: 120 }}
                  aria-label={`${row.name} ${t('partyLife.participants.reason')}`}
                  placeholder={t('partyLife.participants.reason')}
                  value={row.absenceReason}
                  maxLength={200}
                  onChange={(e) => change(index, { absenceReason: e.target.value })}
                />
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
