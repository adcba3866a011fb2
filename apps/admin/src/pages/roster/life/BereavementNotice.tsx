import { Link } from 'react-router';
import { Alert } from 'antd';
import { useI18n } from '../../../app/i18n';
import type { BereavementTask } from './RecordDeathModal';
import './locale';

/** After a death is recorded: the bereavement visit it created, and the way to it on the board. */
export function BereavementNotice({
  task,
  memberName,
  onClose,
}: {
  task: BereavementTask;
  memberName: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const board = `/visits?${new URLSearchParams({
    section: 'week',
    occasion: 'BEREAVEMENT',
    q: memberName,
  }).toString()}`;
  return (
    <Alert
      type="info"
      showIcon
      closable={{ onClose, 'aria-label': t('common.close') }}
      title={t('life.death.task', { dueFrom: task.dueFrom, dueBy: task.dueBy })}
      action={<Link to={board}>{t('life.death.openTask')}</Link>}
    />
  );
}
