import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../locales';
import { formatShare } from './share';
import { formatFen, formatLargeFen } from '@wanxia/schema';
import './locale';

export interface FundingTotals {
  amountFen: number;
  committedFen: number;
  paidFen: number;
  remainingFen: number;
}

const FIGURES: { key: keyof FundingTotals; label: MessageKey; help: MessageKey; color?: string }[] =
  [
    { key: 'amountFen', label: 'funding.figure.amount', help: 'funding.figure.amountHelp' },
    {
      key: 'committedFen',
      label: 'funding.figure.committed',
      help: 'funding.figure.committedHelp',
      color: '#003eb3',
    },
    {
      key: 'paidFen',
      label: 'funding.figure.paid',
      help: 'funding.figure.paidHelp',
      color: '#237804',
    },
    {
      key: 'remainingFen',
      label: 'funding.figure.remaining',
      help: 'funding.figure.remainingHelp',
    },
  ];

/**
 * The year's money at a glance, in 万元 to read from across the room; the exact sum is in the
 * tooltip and in the table below.
 */
export function FundingFigures({ totals, lines }: { totals: FundingTotals; lines: number }) {
  const { t, locale } = useI18n();
  const rate = totals.amountFen > 0 ? totals.paidFen / totals.amountFen : null;
  return (
    <Card>
      <Row gutter={[16, 16]}>
        {FIGURES.map(({ key, label, help, color }) => (
          <Col key={key} xs={12} md={8} xl={5}>
            <Tooltip title={t(help, { amount: formatFen(totals[key]) })}>
              <div>
                <Statistic
                  title={t(label)}
                  value={formatLargeFen(totals[key], locale)}
                  styles={{ content: { color, fontSize: 26 } }}
                />
              </div>
            </Tooltip>
          </Col>
        ))}
        <Col xs={12} md={8} xl={4}>
          <Statistic
            title={t('funding.figure.rate')}
            value={formatShare(rate)}
            suffix={
              <span style={{ fontSize: 13, color: 'rgba(0, 0, 0, 0.65)' }}>
                {t('funding.figure.lines', { count: lines })}
              </span>
            }
            styles={{ content: { fontSize: 26 } }}
          />
        </Col>
      </Row>
    </Card>
  );
}
