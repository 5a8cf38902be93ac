import { FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { CommitCard, type CommitResult } from './commit-card';
import { ColumnsCard } from './columns-card';
import { FileDrop } from './file-drop';
import { PreviewCounts, ProblemsCard } from './preview-cards';
import { ResultView } from './result-view';
import { useImport } from './use-import';
import { SheetsImportButton } from './sheets-import-button';
import { useUser } from '../../app/session';

/**
 * "Excel Import" (SPEC §9): drop an .xlsx or .csv → check the columns → look at the counts and the
 * rows that will not go in → import (all or nothing) → the report. The file is read in the window
 * and sent with each call; nothing is written to the leads before "Import qilish".
 */
export function ImportsPage() {
  const { t } = useI18n();
  const imp = useImport();
  const user = useUser();
  const [result, setResult] = useState<CommitResult | null>(null);
  const { preview } = imp;
  const again = () => {
    setResult(null);
    imp.reset();
  };

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.leads.excel')}
        </Typography.Title>
      }
      extra={
        preview &&
        !result && (
          <Button icon={<ReloadOutlined />} onClick={again} disabled={imp.busy !== null} data-testid="import-other">
            {t('imports.otherFile')}
          </Button>
        )
      }
    >
      {!result && <Typography.Paragraph type="secondary">{t('imports.intro')}</Typography.Paragraph>}
      {imp.error && (
        <Alert type="error" showIcon title={imp.error} style={{ marginBottom: 16 }} data-testid="import-error" />
      )}
      {result && preview ? (
        <ResultView result={result} importId={preview.importId} onAgain={again} />
      ) : !preview ? (
        <>
          <FileDrop
            onFile={(f) => void imp.load(f)}
            busy={
              imp.busy === 'reading'
                ? t('imports.reading')
                : imp.busy === 'sheets'
                  ? t('imports.sheets.reading')
                  : imp.busy
                    ? t('imports.counting')
                    : null
            }
          />
          {user.role !== 'seller' && (
            <SheetsImportButton busy={imp.busy !== null} onRun={() => void imp.loadSheets()} />
          )}
        </>
      ) : (
        <Spin spinning={imp.busy !== null} description={t('imports.counting')}>
          <Space
            orientation="vertical"
            size={16}
            style={{ width: '100%' }}
            aria-busy={imp.busy !== null}
            data-testid="import-preview"
          >
            <Space wrap>
              <FileExcelOutlined style={{ color: '#237804', fontSize: 18 }} />
              <Typography.Text strong data-testid="import-file-name">
                {preview.fileName}
              </Typography.Text>
              {preview.sheets.length > 1 && (
                <Typography.Text type="secondary">
                  {t('imports.sheet')}: {preview.sheet}
                </Typography.Text>
              )}
            </Space>
            <PreviewCounts counts={preview.counts} notes={preview.notes} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={11}>
                <ColumnsCard
                  preview={preview}
                  pending={imp.pending}
                  disabled={imp.busy !== null}
                  onRemap={imp.remap}
                  onSheet={imp.pickSheet}
                />
              </Col>
              <Col xs={24} xl={13}>
                <ProblemsCard problems={preview.problems} />
              </Col>
            </Row>
            <CommitCard preview={preview} mapping={imp.mapping} counting={imp.busy !== null} onDone={setResult} />
          </Space>
        </Spin>
      )}
    </Card>
  );
}
