import { Card, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { LangButtons } from '../../app/lang-switch';

/** The centred card of the login and setup pages, with the language switch above it. */
export function AuthCard({ title, children, width = 400 }: { title: string; children: ReactNode; width?: number }) {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center', background: '#f0f4fa' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LangButtons />
      </div>
      <Typography.Title level={4} type="secondary" style={{ marginBottom: 16 }}>
        {t('app.title')}
      </Typography.Title>
      <Card style={{ width, maxWidth: '94vw' }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Layout>
  );
}
