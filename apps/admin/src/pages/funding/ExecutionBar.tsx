import { Progress } from 'antd';
import { useI18n } from '../../app/i18n';
import { formatShare } from './share';
import './locale';

/** Paid in green, approved but not yet paid in blue after it; the rest of the bar is the room left. */
export const PAID_COLOR = '#389e0d';
export const APPROVED_COLOR = '#4096ff';

/**
 * A line's execution as one stacked bar of its amount: what is paid, then what is approved on
 * top; the figure beside it is the execution rate (paid ÷ amount).
 */
export function ExecutionBar({
  amountFen,
  committedFen,
  paidFen,
  name,
}: {
  amountFen: number;
  committedFen: number;
  paidFen: number;
  /** The line, for screen readers. */
  name: string;
}) {
  const { t } = useI18n();
  const share = (fen: number) => (amountFen > 0 ? fen / amountFen : null);
  const paid = share(paidFen);
  const committed = share(committedFen);
  const text = formatShare(paid);
  return (
    <Progress
      percent={(committed ?? 0) * 100}
      success={{ percent: (paid ?? 0) * 100, strokeColor: PAID_COLOR }}
      strokeColor={APPROVED_COLOR}
      status="normal"
      size="small"
      format={() => text}
      aria-label={t('funding.lines.executionOf', { name })}
      aria-valuetext={t('funding.lines.executionText', {
        paid: text,
        committed: formatShare(committed),
      })}
      style={{ minWidth: 120, marginBottom: 0 }}
    />
  );
}
