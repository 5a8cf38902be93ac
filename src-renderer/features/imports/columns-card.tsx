import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import type { PreviewOut } from '../../../src-shared/contract/imports';
import { IMPORT_FIELDS, type ImportField } from '../../../src-shared/domain/import-columns';
import type { MsgKey } from '../../../src-shared/i18n/index';
import { useI18n } from '../../app/i18n';
import type { Mapping } from './use-import';

/** The lead form's own labels for the fields a column can fill. */
export const FIELD_LABEL: Record<ImportField, MsgKey> = {
  name: 'leads.name',
  phone: 'leads.phone',
  extraPhone: 'leads.extraPhone',
  source: 'leads.source',
  course: 'leads.course',
  notes: 'leads.notes',
};
/** Without these a row cannot become a lead. */
const REQUIRED: ImportField[] = ['name', 'phone'];
const IGNORE = '__ignore';

type Column = PreviewOut['columns'][number];

/** "Ustunlar": each header of the file with the field it fills; the sheet picker when the workbook has several. */
export function ColumnsCard({
  preview,
  pending,
  disabled,
  onRemap,
  onSheet,
}: {
  preview: PreviewOut;
  pending: Mapping | null;
  disabled: boolean;
  onRemap(index: number, field: ImportField | null): void;
  onSheet(sheet: string): void;
}) {
  const { t } = useI18n();
  const fieldOf = (c: Column) => (pending ? (pending[String(c.index)] ?? null) : c.field);
  const used = new Set(preview.columns.map(fieldOf));
  const missing = REQUIRED.filter((f) => !used.has(f));
  const options = [
    ...IMPORT_FIELDS.map((f) => ({ value: f as string, label: t(FIELD_LABEL[f]) })),
    { value: IGNORE, label: t('imports.ignore') },
  ];

  return (
    <Card
      title={t('imports.columns')}
      extra={
        preview.sheets.length > 1 && (
          <Space>
            <Typography.Text type="secondary">{t('imports.sheet')}</Typography.Text>
            <Select
              value={preview.sheet}
              onChange={onSheet}
              disabled={disabled}
              options={preview.sheets.map((s) => ({ value: s, label: s }))}
              style={{ width: 200 }}
              data-testid="import-sheet"
            />
          </Space>
        )
      }
      data-testid="import-columns"
    >
      <Typography.Paragraph type="secondary">{t('imports.columnsHint')}</Typography.Paragraph>
      {missing.map((f) => (
        <Alert
          key={f}
          type="warning"
          showIcon
          title={t('imports.missingField', { field: t(FIELD_LABEL[f]) })}
          style={{ marginBottom: 12 }}
        />
      ))}
      <Table<Column>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={preview.columns}
        locale={{ emptyText: t('imports.noColumns') }}
        columns={[
          {
            title: t('imports.column'),
            key: 'header',
            render: (_, c) =>
              c.header.trim() ? (
                <Typography.Text strong style={{ wordBreak: 'break-word' }}>
                  {c.header}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t('imports.noHeader', { n: c.index + 1 })}</Typography.Text>
              ),
          },
          {
            title: t('imports.field'),
            key: 'field',
            width: 230,
            render: (_, c) => {
              const f = fieldOf(c);
              return (
                <Select<string>
                  value={f ?? IGNORE}
                  options={options}
                  disabled={disabled}
                  onChange={(v) => onRemap(c.index, v === IGNORE ? null : (v as ImportField))}
                  style={{ width: '100%' }}
                  data-testid={`import-column-${c.index}`}
                />
              );
            },
          },
        ]}
      />
    </Card>
  );
}
