import { useEffect, useState } from 'react';
import { Button, Flex, Input, Select } from 'antd';
import { useI18n } from '../../app/i18n';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { LEVELS, type BranchView, type LevelFilter } from './branch-view';
import './locale';

// Selects always hold a value ("all" included): a placeholder would be too faint to read.
const ALL = 'ALL';

/** Search (name, pinyin or initials, on the server) and the two filters. */
export function BranchFilters({
  view,
  onChange,
}: {
  view: BranchView;
  onChange: (change: Partial<BranchView>) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(view.search);
  const debounced = useDebouncedCallback((search: string) => onChange({ search }), 300);
  // The address may change under the box (Back, a summary figure): follow it.
  useEffect(
    () => setText((current) => (current.trim() === view.search ? current : view.search)),
    [view.search],
  );
  const filtered = Boolean(view.search || view.level || view.home !== null);

  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        aria-label={t('branches.search')}
        placeholder={t('branches.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          debounced.call(event.target.value.trim());
        }}
        onSearch={(value) => {
          debounced.cancel();
          onChange({ search: value.trim() });
        }}
        style={{ width: 232 }}
      />
      <Select<LevelFilter | typeof ALL>
        aria-label={t('branches.filter.level')}
        value={view.level ?? ALL}
        onChange={(level) => onChange({ level: level === ALL ? null : level })}
        style={{ width: 148 }}
        options={[
          { value: ALL, label: t('branches.filter.levelAll') },
          { value: 'ANY', label: t('branches.filter.ANY') },
          ...LEVELS.map((level) => ({ value: level, label: t(`branches.level.${level}`) })),
          { value: 'NONE', label: t('branches.filter.NONE') },
        ]}
      />
      <Select<'yes' | 'no' | typeof ALL>
        aria-label={t('branches.filter.home')}
        value={view.home === null ? ALL : view.home ? 'yes' : 'no'}
        onChange={(home) => onChange({ home: home === ALL ? null : home === 'yes' })}
        style={{ width: 168 }}
        options={[
          { value: ALL, label: t('branches.filter.homeAll') },
          { value: 'yes', label: t('branches.filter.homeYes') },
          { value: 'no', label: t('branches.filter.homeNo') },
        ]}
      />
      {filtered && (
        <Button
          onClick={() => {
            debounced.cancel();
            setText('');
            onChange({ search: '', level: null, home: null });
          }}
        >
          {t('branches.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}
