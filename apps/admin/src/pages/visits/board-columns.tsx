import { Link } from 'react-router';
import { Button, Flex, Typography, type TableColumnsType } from 'antd';
import type { MessageKey } from '../../locales';
import type { VisitTaskRowFragment } from '../../gql/graphql';
import { OccasionTag } from './labels';
import { remainingOf, remainingText, taskPurpose } from './occasions';
import './locale';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** What a person can do with a task on the board. */
export interface TaskActions {
  onRecord: (task: VisitTaskRowFragment) => void;
  onWaive: (task: VisitTaskRowFragment) => void;
}

export function Remaining({
  task,
  today,
  t,
}: {
  task: VisitTaskRowFragment;
  today: string;
  t: Translate;
}) {
  const remaining = remainingOf(task, today);
  const text = remainingText(remaining, t);
  if (remaining.kind === 'overdue') return <Typography.Text type="danger">{text}</Typography.Text>;
  if (remaining.kind === 'today') return <Typography.Text strong>{text}</Typography.Text>;
  if (remaining.kind === 'opens') return <Typography.Text type="secondary">{text}</Typography.Text>;
  return <Typography.Text>{text}</Typography.Text>;
}

/** The board's columns: whom, what for, the window and what is left of it, and the actions. */
export function boardColumns(
  t: Translate,
  today: string,
  actions: TaskActions | null,
): TableColumnsType<VisitTaskRowFragment> {
  const columns: TableColumnsType<VisitTaskRowFragment> = [
    {
      key: 'member',
      title: t('visits.column.member'),
      width: 240,
      render: (_, task) =>
        task.member ? (
          <Flex vertical gap={2}>
            <Link to={`/roster/${encodeURIComponent(task.member.id)}`}>{task.member.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {task.member.branch.name}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('visits.outOfReach')}</Typography.Text>
        ),
    },
    {
      key: 'purpose',
      title: t('visits.column.purpose'),
      render: (_, task) => (
        <Flex gap={8} align="center" wrap>
          <OccasionTag occasion={task.occasion} />
          <span>{taskPurpose(task, t)}</span>
        </Flex>
      ),
    },
    {
      key: 'window',
      title: t('visits.column.window'),
      width: 210,
      render: (_, task) => t('visits.window', { from: task.dueFrom, to: task.dueBy }),
    },
    {
      key: 'remaining',
      title: t('visits.column.remaining'),
      width: 120,
      render: (_, task) => <Remaining task={task} today={today} t={t} />,
    },
  ];
  if (!actions) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      fixed: 'right',
      render: (_, task) =>
        task.member && (
          <Flex gap={4}>
            <Button type="primary" size="small" onClick={() => actions.onRecord(task)}>
              {t('visits.action.record')}
            </Button>
            <Button type="link" size="small" onClick={() => actions.onWaive(task)}>
              {t('visits.action.waive')}
            </Button>
          </Flex>
        ),
    },
  ];
}
