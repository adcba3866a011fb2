import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { VisitOccasion, VisitTaskStatus } from '../../gql/graphql';
import './locale';

/** Colours that tell the occasions apart at a glance; bereavement stays sober grey. */
const OCCASION_COLORS: Record<VisitOccasion, string> = {
  HOLIDAY: 'red',
  HOSPITALIZATION: 'orange',
  DECADE_BIRTHDAY: 'gold',
  BEREAVEMENT: 'default',
  DISPUTE: 'purple',
  DISASTER: 'volcano',
  ROUTINE: 'blue',
  ONE_ON_ONE: 'cyan',
};

export function OccasionTag({ occasion }: { occasion: VisitOccasion }) {
  const { t } = useI18n();
  return (
    <Tag color={OCCASION_COLORS[occasion]} style={{ marginInlineEnd: 0 }}>
      {t(`enum.VisitOccasion.${occasion}`)}
    </Tag>
  );
}

const STATUS_COLORS: Record<VisitTaskStatus, string> = {
  OPEN: 'blue',
  DONE: 'green',
  MISSED: 'red',
  WAIVED: 'default',
  NOT_APPLICABLE: 'default',
};

/** A task's status; an open task past its window shows as overdue, in red. */
export function TaskStatusTag({ status, overdue }: { status: VisitTaskStatus; overdue?: boolean }) {
  const { t } = useI18n();
  if (status === 'OPEN' && overdue) {
    return (
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {t('visits.status.OVERDUE')}
      </Tag>
    );
  }
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enum.VisitTaskStatus.${status}`)}
    </Tag>
  );
}

/** A visit made after its task's window closed. */
export function LateTag() {
  const { t } = useI18n();
  return (
    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
      {t('visits.tag.late')}
    </Tag>
  );
}
