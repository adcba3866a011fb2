import { Button, Flex, Input, Select } from 'antd';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import type { VisitOccasion } from '../../gql/graphql';
import { hasBoardFilters, type BoardView } from './board-view';
import { MUST_VISITS } from './occasions';
import './locale';

/** Narrows the board to one must-visit occasion, a branch with those below it, or a member. */
export function BoardFilters({
  view,
  onChange,
}: {
  view: BoardView;
  onChange: (patch: Partial<BoardView>) => void;
}) {
  const { t } = useI18n();
  return (
    <Flex gap={12} wrap align="center">
      <Select<VisitOccasion>
        aria-label={t('visits.filter.occasion')}
        placeholder={t('visits.filter.occasionAll')}
        allowClear
        value={view.occasion ?? undefined}
        onChange={(occasion) => onChange({ occasion: occasion ?? null })}
        options={MUST_VISITS.map((o) => ({ value: o, label: t(`enum.VisitOccasion.${o}`) }))}
        style={{ width: 180 }}
      />
      <BranchTreeSelect
        aria-label={t('visits.filter.branch')}
        placeholder={t('visits.filter.branchAll')}
        value={view.branch}
        onChange={(branch) => onChange({ branch })}
        style={{ width: 300 }}
      />
      <Input.Search
        key={view.search ?? ''}
        aria-label={t('visits.filter.search')}
        placeholder={t('visits.filter.searchPlaceholder')}
        allowClear
        defaultValue={view.search ?? ''}
        onSearch={(text) => onChange({ search: text.trim() || null })}
        style={{ width: 220 }}
      />
      <Button
        disabled={!hasBoardFilters(view)}
        onClick={() => onChange({ occasion: null, branch: null, search: null, bureau: null })}
      >
        {t('visits.filter.clear')}
      </Button>
    </Flex>
  );
}
