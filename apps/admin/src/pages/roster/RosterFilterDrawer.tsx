import { Button, Drawer, Flex } from 'antd';
import { useI18n } from '../../app/i18n';
import type { RosterView } from './roster-view';
import RosterFilterFields, { ClearFilters } from './RosterFilterFields';
import './locale';

/**
 * A phone's roster filters, in a drawer from the bottom: each change applies at once, as on a
 * wide screen, so the list behind is already filtered when it closes.
 */
export default function RosterFilterDrawer({
  open,
  onClose,
  view,
  onChange,
}: {
  open: boolean;
  onClose: () => void;
  view: RosterView;
  onChange: (patch: Partial<RosterView>) => void;
}) {
  const { t } = useI18n();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="bottom"
      size="auto"
      title={t('roster.list.filters')}
      footer={
        <Flex justify="space-between" gap={8}>
          <ClearFilters view={view} onChange={onChange} />
          <Button type="primary" onClick={onClose}>
            {t('roster.list.filtersDone')}
          </Button>
        </Flex>
      }
    >
      <RosterFilterFields view={view} onChange={onChange} />
    </Drawer>
  );
}
