import type { ReactNode } from 'react';
import { Card, Empty, Flex, Spin, Typography } from 'antd';

/** A fact on a card: its label and value, one line. */
export interface CardFact {
  key: string;
  label: string;
  value: ReactNode;
}

/**
 * A list as cards, for phones and tablets: each record's key facts on a card of its own instead
 * of a table row too wide for the screen.
 */
export function ListCards<T>({
  items,
  rowKey,
  loading,
  empty,
  label,
  children,
}: {
  items: readonly T[];
  rowKey: (item: T) => string;
  loading: boolean;
  empty: ReactNode;
  /** What the list holds, for screen readers. */
  label: string;
  children: (item: T) => ReactNode;
}) {
  if (!items.length) {
    return loading ? (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin />
      </Flex>
    ) : (
      <>{empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}</>
    );
  }
  return (
    <Spin spinning={loading}>
      <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={rowKey(item)} style={{ marginBottom: 12 }}>
            {children(item)}
          </li>
        ))}
      </ul>
    </Spin>
  );
}

/** One record: the title (a link, as big as a finger), tags beside it, the facts and actions. */
export function ListCard({
  title,
  tags,
  facts,
  actions,
}: {
  title: ReactNode;
  tags?: ReactNode;
  facts: CardFact[];
  actions?: ReactNode;
}) {
  return (
    <Card size="small" styles={{ body: { padding: '8px 12px' } }}>
      <Flex align="center" gap={8} wrap style={{ minHeight: 44 }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {title}
        </Typography.Text>
        {tags}
      </Flex>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' }}>
        {facts.map((fact) => (
          <div key={fact.key} style={{ display: 'contents' }}>
            <dt style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{fact.label}</dt>
            <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {actions && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {actions}
        </Flex>
      )}
    </Card>
  );
}

/** A link in a card, padded to a 44 px touch target. */
export const touchLink = {
  display: 'inline-flex',
  alignItems: 'center',
  minHeight: 44,
} as const;
