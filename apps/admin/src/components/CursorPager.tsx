import { Button, Flex, Select, Typography } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useI18n } from '../app/i18n';
import { FIRST_PAGE, PAGE_SIZES, type PageSize, type Paging } from './paging';

/** What a connection says of the pages around the one shown. */
interface PageInfoLike {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Previous / next over a cursor connection. Cursors carry no page number, so "first page" is
 * the way back to the top, and the number shown is counted along the way.
 */
export function CursorPager({
  total,
  totalText,
  paging,
  pageInfo,
  disabled,
  onTurn,
  onSize,
}: {
  total: number;
  /** What the total counts ("共 382 笔"); people ("共 382 人") unless said. */
  totalText?: string;
  paging: Paging;
  pageInfo: PageInfoLike | null | undefined;
  disabled?: boolean;
  onTurn: (next: Pick<Paging, 'cursor' | 'page'>) => void;
  onSize: (size: PageSize) => void;
}) {
  const { page, size } = paging;
  const hasPrevious = page > 1 || Boolean(pageInfo?.hasPreviousPage);
  const hasNext = Boolean(pageInfo?.hasNextPage);
  const onFirst = () => onTurn(FIRST_PAGE);
  const onPrevious = () =>
    onTurn(
      page <= 2 || !pageInfo?.startCursor
        ? FIRST_PAGE
        : { cursor: { before: pageInfo.startCursor }, page: page - 1 },
    );
  const onNext = () => {
    if (pageInfo?.endCursor) onTurn({ cursor: { after: pageInfo.endCursor }, page: page + 1 });
  };
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
      <Flex gap={8} align="center" wrap>
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
