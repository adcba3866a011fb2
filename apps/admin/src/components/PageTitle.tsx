import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** A screen's heading and the line under it that says what the screen is for. */
export function PageTitle({
  title,
  lead,
  className,
}: {
  title: ReactNode;
  lead?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {lead && <Typography.Text type="secondary">{lead}</Typography.Text>}
    </div>
  );
}
