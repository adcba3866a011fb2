import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../locales';
import type { Figures } from './coverage-figures';
import { RateProgress } from './RateProgress';
import './locale';

const COUNTS: { key: keyof Omit<Figures, 'rate'>; label: MessageKey; color?: string }[] = [
  { key: 'tasks', label: 'coverage.figure.tasks' },
  { key: 'doneOnTime', label: 'coverage.figure.doneOnTime', color: '#237804' },
  { key: 'doneLate', label: 'coverage.figure.doneLate', color: '#874d00' },
  { key: 'missed', label: 'coverage.figure.missed', color: '#a8071a' },
  { key: 'waived', label: 'coverage.figure.waived' },
  { key: 'open', label: 'coverage.figure.open' },
  { key: 'overdue', label: 'coverage.figure.overdueOfOpen', color: '#ad2102' },
];

/** The rate as a dial and every count beside it, big enough to read from across the room. */
export function CoverageTotals({ figures, scope }: { figures: Figures; scope: string }) {
  const { t } = useI18n();
  return (
    <Card>
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} md={7} lg={6}>
          <Flex vertical align="center" gap={4}>
            <RateProgress rate={figures.rate} label={t('coverage.rateOf', { scope })} dashboard />
            <Typography.Text strong>{t('coverage.figure.rate')}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
              {figures.rate === null ? t('coverage.rateNone') : t('coverage.rateHelp')}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={17} lg={18}>
          <Row gutter={[16, 24]}>
            {COUNTS.map(({ key, label, color }) => (
              <Col key={key} xs={12} sm={8} xl={6} xxl={3}>
                <Statistic
                  title={t(label)}
                  value={figures[key]}
                  styles={{ content: { color, fontSize: 28 } }}
                />
              </Col>
            ))}
          </Row>
        </Col>
      </Row>
    </Card>
  );
}
