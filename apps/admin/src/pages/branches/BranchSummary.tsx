import type { ReactNode } from 'react';
import { Card, Flex } from 'antd';
import { useI18n } from '../../app/i18n';
import type { BranchSummary as Summary } from './tree';
import { LEVELS, type BranchView } from './branch-view';
import './locale';

function Figure({
  value,
  label,
  pressed,
  onClick,
}: {
  value: number;
  label: ReactNode;
  pressed?: boolean;
  onClick?: () => void;
}) {
  const body = (
    <>
      <span style={{ display: 'block', fontSize: 22, fontWeight: 600, lineHeight: 1.3 }}>
        {value.toLocaleString('zh-CN')}
      </span>
      <span style={{ display: 'block', color: 'rgba(0, 0, 0, 0.65)' }}>{label}</span>
    </>
  );
  const box: React.CSSProperties = {
    minWidth: 96,
    padding: '4px 12px',
    borderRadius: 6,
    textAlign: 'start',
  };
  if (!onClick) return <div style={box}>{body}</div>;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      style={{
        ...box,
        font: 'inherit',
        color: 'inherit',
        cursor: 'pointer',
        border: `1px solid ${pressed ? '#d4380d' : 'transparent'}`,
        background: pressed ? '#fff2e8' : 'transparent',
      }}
    >
      {body}
    </button>
  );
}

/**
 * The figures the bureau reports each year (7 general branches, 140 branches, 3/16/11 model
 * branches, 94 homes): the levels and the homes double as quick filters.
 */
export function BranchSummary({
  summary,
  view,
  onFilter,
  scoped,
}: {
  summary: Summary;
  view: BranchView;
  onFilter: (change: Partial<BranchView>) => void;
  /** A secretary sees their own branches, not the county. */
  scoped: boolean;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex
        wrap
        gap={8}
        align="center"
        role="group"
        aria-label={t(scoped ? 'branches.summary.scopeLabel' : 'branches.summary.label')}
      >
        <Figure value={summary.generalBranches} label={t('branches.summary.general')} />
        <Figure value={summary.branches} label={t('branches.summary.branches')} />
        {LEVELS.map((level) => (
          <Figure
            key={level}
            value={summary.demonstration[level]}
            label={t(`branches.level.${level}`)}
            pressed={view.level === level}
            onClick={() => onFilter({ level: view.level === level ? null : level })}
          />
        ))}
        <Figure
          value={summary.homes}
          label={t('branches.summary.homes')}
          pressed={view.home === true}
          onClick={() => onFilter({ home: view.home === true ? null : true })}
        />
        <Figure value={summary.members} label={t('branches.summary.members')} />
      </Flex>
    </Card>
  );
}
