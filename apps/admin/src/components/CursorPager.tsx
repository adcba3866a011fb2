import { useState } from 'react';
import { Button, Flex, InputNumber, Select, Typography } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useI18n } from '../app/i18n';
import { useCompact } from './useCompact';
import { FIRST_PAGE, PAGE_SIZES, lastJumpPage, type PageSize, type Paging } from './paging';
import '../pages/roster/locale';

/** What a connection says of the pages around the one shown. */
interface PageInfoLike {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Page numbers around the current one: the first, the last, two either side, gaps as null. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const shown = new Set(
    [1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages),
  );
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}

/**
 * Paging over a cursor connection: previous / next walk by cursor (cheap at any depth), page
 * numbers and 跳至 jump with `offset`, as far as a jump reaches. On phones, no number buttons.
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
  const { t } = useI18n();
  const compact = useCompact();
  // The 跳至 box is uncontrolled (a number above the last page never reaches onChange); a new
  // key empties it after a jump.
  const [jumpKey, setJumpKey] = useState(0);
  const pages = Math.max(1, Math.ceil(total / size));
  const reachable = Math.min(pages, lastJumpPage(size));
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
  const onJump = (target: number) => {
    if (target === page) return;
    onTurn(target === 1 ? FIRST_PAGE : { cursor: null, page: target });
  };
  const jump = (typed: string) => {
    const target = Number(typed);
    if (typed.trim() === '' || !Number.isFinite(target)) return;
    onJump(Math.min(Math.max(1, Math.trunc(target)), reachable));
    setJumpKey((k) => k + 1);
  };
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
          icon={<VerticalRightOutlined aria-hidden />}
          disabled={disabled || !hasPrevious}
          onClick={onFirst}
        >
          {t('roster.list.first')}
        </Button>
        <Button
          icon={<LeftOutlined aria-hidden />}
          disabled={disabled || !hasPrevious}
          onClick={onPrevious}
        >
          {t('roster.list.previous')}
        </Button>
        {!compact &&
          pages > 1 &&
          pageNumbers(Math.min(page, pages), reachable).map((n, i) =>
            n === null ? (
              <Typography.Text key={`gap-${i}`} type="secondary" aria-hidden>
                …
              </Typography.Text>
            ) : (
              <Button
                key={n}
                type={n === page ? 'primary' : 'default'}
                aria-label={t('roster.list.pageNumber', { page: n })}
                aria-current={n === page ? 'page' : undefined}
                disabled={disabled}
                onClick={() => onJump(n)}
              >
                {n}
              </Button>
            ),
          )}
        <Button
          icon={<RightOutlined aria-hidden />}
          iconPlacement="end"
          disabled={disabled || !hasNext}
          onClick={onNext}
        >
          {t('roster.list.next')}
        </Button>
        {pages > 1 && (
          <Flex gap={4} align="center">
            <Typography.Text>{t('roster.list.jump')}</Typography.Text>
            <InputNumber<number>
              key={jumpKey}
              aria-label={t('roster.list.jumpLabel')}
              min={1}
              max={reachable}
              precision={0}
              disabled={disabled}
              onPressEnter={(e) => jump((e.target as HTMLInputElement).value)}
              style={{ width: 72 }}
            />
            {t('roster.list.jumpUnit') && (
              <Typography.Text>{t('roster.list.jumpUnit')}</Typography.Text>
            )}
          </Flex>
        )}
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
