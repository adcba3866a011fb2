import { lazy, Suspense, useState } from 'react';
import { Badge, Button, Flex, Input } from 'antd';
import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { useCompact } from '../../components/useCompact';
import { filterCount, type RosterView } from './roster-view';
import { RosterFilterFields } from './prefetch';
import { useCommittedInput } from './useCommittedInput';
import './locale';

/** Long enough to finish a word, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 300;

// The filter row has no loading state of its own: a wide screen's route loads it ahead (see
// prefetch), and a phone shows the filters only in the drawer, when asked.
const RosterFilterDrawer = lazy(() => import('./RosterFilterDrawer'));

function SearchBox({
  value,
  onSearch,
  width,
}: {
  value: string;
  onSearch: (value: string) => void;
  width: number | string;
}) {
  const { t } = useI18n();
  const { draft, change, commitNow } = useCommittedInput(
    value,
    (next) => onSearch(next.trim()),
    SEARCH_DELAY_MS,
  );
  return (
    <Input
      id="roster-search"
      aria-label={t('roster.list.search')}
      type="search"
      value={draft}
      onChange={(e) => change(e.target.value)}
      onPressEnter={commitNow}
      onBlur={commitNow}
      allowClear
      prefix={<SearchOutlined aria-hidden />}
      placeholder={t('roster.list.searchPlaceholder')}
      style={{ width }}
    />
  );
}

/**
 * The roster's search and filters. Each change is written to the URL at once (so a view can be
 * bookmarked and shared); typing waits for a pause first. A phone shows the search and a
 * 筛选 button (with how many filters are set) that opens the others in a drawer.
 */
export function RosterFilters({
  view,
  onChange,
}: {
  view: RosterView;
  onChange: (patch: Partial<RosterView>, options?: { replace?: boolean }) => void;
}) {
  const { t } = useI18n();
  const compact = useCompact();
  const [drawer, setDrawer] = useState<'never' | 'open' | 'closed'>('never');
  const searchBox = (
    <SearchBox
      value={view.search}
      onSearch={(search) => onChange({ search }, { replace: true })}
      width={compact ? '100%' : 300}
    />
  );
  if (!compact) return <RosterFilterFields view={view} onChange={onChange} search={searchBox} />;
  const count = filterCount(view);
  return (
    <Flex gap={8} role="search" aria-label={t('roster.list.filters')}>
      <div style={{ flex: 1, minWidth: 0 }}>{searchBox}</div>
      <Badge count={count} size="small">
        <Button
          icon={<FilterOutlined aria-hidden />}
          aria-label={count ? t('roster.list.filterCount', { count }) : t('roster.list.filter')}
          aria-haspopup="dialog"
          onClick={() => setDrawer('open')}
        >
          {t('roster.list.filter')}
        </Button>
      </Badge>
      {drawer !== 'never' && (
        <Suspense fallback={null}>
          <RosterFilterDrawer
            open={drawer === 'open'}
            onClose={() => setDrawer('closed')}
            view={view}
            onChange={onChange}
          />
        </Suspense>
      )}
    </Flex>
  );
}
