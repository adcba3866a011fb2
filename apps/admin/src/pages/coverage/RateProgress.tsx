import { Progress } from 'antd';
import { useI18n } from '../../app/i18n';
import { formatRate, rateColor } from './coverage-figures';

/** A coverage rate as a coloured bar (or dial) with the percentage; "—" when nothing came due. */
export function RateProgress({
  rate,
  label,
  dashboard = false,
}: {
  rate: number | null;
  /** What the rate is of, for screen readers. */
  label: string;
  dashboard?: boolean;
}) {
  const { locale } = useI18n();
  const text = formatRate(rate, locale);
  return (
    <Progress
      type={dashboard ? 'dashboard' : 'line'}
      size={dashboard ? 148 : 'small'}
      percent={rate === null ? 0 : rate * 100}
      strokeColor={rateColor(rate)}
      status="normal"
      format={() => text}
      aria-label={label}
      aria-valuetext={text}
      style={dashboard ? undefined : { minWidth: 120, marginBottom: 0 }}
    />
  );
}
