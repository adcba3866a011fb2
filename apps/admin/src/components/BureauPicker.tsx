import { lazy, Suspense, type ComponentProps } from 'react';
import { picksBureau, useViewer } from '../app/viewer';

/** Only province and city accounts pick a bureau: its code loads when one does. */
const BureauSelect = lazy(() => import('./BureauSelect'));

/**
 * The bureau picker of a county-level page (dashboard, coverage, report, budgets, visit
 * windows), shown only to the accounts that reach more than one county.
 */
export function BureauPicker(props: ComponentProps<typeof BureauSelect>) {
  const { viewer } = useViewer();
  if (!picksBureau(viewer)) return null;
  // Its place is kept while its code loads: on a phone the controls wrap, and the page below
  // would move down when it came.
  return (
    <Suspense fallback={<div style={{ minWidth: 180, height: 32 }} />}>
      <BureauSelect style={{ minWidth: 180 }} {...props} />
    </Suspense>
  );
}
