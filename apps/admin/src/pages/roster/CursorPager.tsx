import { Button, Flex, Select, Typography } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { PAGE_SIZES, type PageSize } from './roster-view';

/**
 * Previous / next over a cursor connection. Cursors carry no page number, so "first page" is
 * the way back to the top, and the number shown is counted along the way.
 */
export function CursorPager({
  total,
  totalText,
  page,
  size,
  hasPrevious,
  hasNext,
  disabled,
  onFirst,
  onPrevious,
  onNext,
  onSize,
}: {
  total: number;
  /** What the total counts ("共 382 笔"); people ("共 382 人") unless said. */
  totalText?: string;
  page: number;
  size: PageSize;
  hasPrevious: boolean;
  hasNext: boolean;
  disabled?: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onSize: (size: PageSize) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <Flex
      component="nav"
      aria-label={t('roster.list.pagination')}
      justify="space-between"
      align="center"
      wrap
      gap={12}
      style={{ marginTop: 16 }}
    >
      <Typography.Text type="secondary">
        {totalText ?? t('roster.list.total', { total })} ·{' '}
        {t('roster.list.page', { page: Math.min(page, pages), pages })}
      </Typography.Text>
      <Flex gap={8} align="center">
        <Button
          icon={<VerticalRightOutlined />}
          disabled={disabled || !hasPrevious}
          onClick={onFirst}
        >
          {t('roster.list.first')}
        </Button>
        <Button icon={<LeftOutlined />} disabled={disabled || !hasPrevious} onClick={onPrevious}>
          {t('roster.list.previous')}
        </Button>
        <Button
          icon={<RightOutlined />}
          iconPlacement="end"
          disabled={disabled || !hasNext}
          onClick={onNext}
        >
          {t('roster.list.next')}
        </Button>
        <Select<PageSize>
          aria-label={t('roster.list.pageSizeLabel')}
          value={size}
          onChange={onSize}
          style={{ width: 120 }}
          options={PAGE_SIZES.map((s) => ({
            value: s,
            label: t('roster.list.pageSize', { size: s }),
          }))}
        />
      </Flex>
    </Flex>
  );
}
