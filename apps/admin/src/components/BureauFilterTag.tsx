import { lazy, Suspense } from 'react';

/** Only a list narrowed to a bureau (from the dashboard) loads its tag. */
const BureauListTag = lazy(() => import('./BureauListTag'));

/** The tag of the bureau a list is narrowed to (`?bureau=`); nothing when it is not. */
export function BureauFilterTag({
  bureauId,
  onClear,
}: {
  bureauId: string | null;
  onClear: () => void;
}) {
  if (!bureauId) return null;
  return (
    <Suspense fallback={null}>
      <BureauListTag bureauId={bureauId} onClear={onClear} />
    </Suspense>
  );
}
