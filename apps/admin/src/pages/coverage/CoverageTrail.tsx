import { Link, type To } from 'react-router';
import { Breadcrumb } from 'antd';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import './locale';

interface BranchRef {
  id: string;
  name: string;
}

/**
 * Where the drill-down stands: the county, the bureau picked (`top`) or the secretary's own
 * branch down to the branch shown, each step a link back up.
 */
export function CoverageTrail({
  branch,
  top,
  linkTo,
}: {
  branch: (BranchRef & { ancestors: readonly BranchRef[] }) | null;
  top?: string;
  linkTo: (branchId: string | null) => To;
}) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const own = viewer.branch;
  const root = own ? own.name : (top ?? t('coverage.county'));
  // A secretary's own branch is the root: the steps start below it.
  const ancestors = branch?.ancestors ?? [];
  const between = ancestors.slice(own ? ancestors.findIndex((a) => a.id === own.id) + 1 : 0);
  const steps = [
    ...between.map((a) => ({ id: a.id, name: a.name })),
    ...(branch && branch.id !== own?.id ? [{ id: branch.id, name: branch.name }] : []),
  ];
  return (
    <Breadcrumb
      aria-label={t('coverage.trail')}
      items={[
        { title: steps.length ? <Link to={linkTo(null)}>{root}</Link> : root },
        ...steps.map((step, i) => ({
          key: step.id,
          title: i < steps.length - 1 ? <Link to={linkTo(step.id)}>{step.name}</Link> : step.name,
        })),
      ]}
    />
  );
}
