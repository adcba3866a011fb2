import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from 'antd';
import { useI18n } from '../../app/i18n';
import { chinaToday } from '@wanxia/schema';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import type { VisitTaskRowFragment } from '../../gql/graphql';
import { PhoneLink } from '../roster/PhoneLink';
import { Remaining, type TaskActions } from './board-columns';
import { OccasionTag } from './labels';
import { taskPurpose } from './occasions';
import '../roster/locale';
import './locale';

/**
 * Visit tasks as cards (the board on a phone, 我的待办): whom, what for, by when, the phone to
 * call, and the buttons to record or waive.
 */
export function TaskCards({
  tasks,
  loading,
  empty,
  actions,
}: {
  tasks: readonly VisitTaskRowFragment[];
  loading: boolean;
  empty: ReactNode;
  actions: TaskActions | null;
}) {
  const { t } = useI18n();
  const today = chinaToday();
  return (
    <ListCards
      items={tasks}
      rowKey={(task) => task.id}
      loading={loading}
      empty={empty}
      label={t('visits.title')}
    >
      {(task) => (
        <ListCard
          title={
            task.member ? (
              <Link to={`/roster/${encodeURIComponent(task.member.id)}`} style={touchLink}>
                {task.member.name}
              </Link>
            ) : (
              '—'
            )
          }
          tags={<OccasionTag occasion={task.occasion} />}
          facts={[
            {
              key: 'branch',
              label: t('roster.field.branch'),
              value: task.member?.branch.name ?? '—',
            },
            { key: 'purpose', label: t('visits.field.occasion'), value: taskPurpose(task, t) },
            {
              key: 'due',
              label: t('visits.column.window'),
              value: (
                <>
                  {t('visits.window', { from: task.dueFrom, to: task.dueBy })}{' '}
                  <Remaining task={task} today={today} t={t} />
                </>
              ),
            },
            {
              key: 'phone',
              label: t('roster.field.phone'),
              value: task.member ? (
                <PhoneLink memberId={task.member.id} masked={task.member.phone ?? null} />
              ) : (
                '—'
              ),
            },
          ]}
          actions={
            actions &&
            task.member && (
              <>
                <Button type="primary" onClick={() => actions.onRecord(task)}>
                  {t('visits.action.record')}
                </Button>
                <Button onClick={() => actions.onWaive(task)}>{t('visits.action.waive')}</Button>
              </>
            )
          }
        />
      )}
    </ListCards>
  );
}
