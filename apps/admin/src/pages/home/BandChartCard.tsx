import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Empty } from 'antd';
import { useI18n } from '../../app/i18n';
import { Panel } from './Panel';
import { EChart } from '../../components/EChart';
import { allZero, formatCount, type Band } from '../report/stats';
import { countBarOption } from './dashboard-charts';
import styles from './home.module.css';
import './locale';

/**
 * Members by band (age, party years) as bars; a bar, or the link under the chart, opens the
 * roster filtered to exactly it. All zero: an empty state saying what would fill it.
 */
export function BandChartCard({
  title,
  bands,
  label,
  link,
  color,
  empty,
}: {
  title: string;
  bands: readonly Band[];
  label: (band: Band) => string;
  link: (band: Band) => string;
  color: string;
  empty: string;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const labels = useMemo(() => bands.map(label), [bands, label]);
  const option = useMemo(
    () =>
      countBarOption({
        labels,
        values: bands.map((b) => b.count),
        name: title,
        color,
        format: (count) => formatCount(count, locale),
      }),
    [labels, bands, title, color, locale],
  );
  return (
    <Panel title={title}>
      {allZero(bands.map((b) => b.count)) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <>
          <EChart
            option={option}
            height={220}
            label={title}
            onItemClick={(index) => void navigate(link(bands[index]))}
          />
          <nav className={styles.legend} aria-label={title}>
            {bands.map((band, i) => (
              <Link key={band.from} to={link(band)}>
                {labels[i]} {t('home.count', { count: formatCount(band.count, locale) })}
              </Link>
            ))}
          </nav>
        </>
      )}
    </Panel>
  );
}
