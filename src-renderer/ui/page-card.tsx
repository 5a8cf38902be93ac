import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page: title, an optional "Yangi …" button, an error line, then the content. */
export function PageCard({
  title,
  addLabel,
  onAdd,
  error,
  children,
}: {
  title: string;
  addLabel?: string;
  onAdd?(): void;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={
        addLabel &&
        onAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
            {addLabel}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {children}
    </Card>
  );
}
