import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { PreviewOut } from '../../../src-shared/contract/imports';
import { isMsgKey, type MsgKey } from '../../../src-shared/i18n/index';
import { useI18n } from '../../app/i18n';
import { formatPhone } from '../../ui/format';

const COUNTS: Array<{ key: keyof PreviewOut['counts']; label: MsgKey; color?: string }> = [
  { key: 'rows', label: 'imports.count.rows' },
  { key: 'valid', label: 'imports.count.valid', color: '#389e0d' },
  { key: 'duplicateInFile', label: 'imports.count.duplicateInFile', color: '#d46b08' },
  { key: 'duplicateInDb', label: 'imports.count.duplicateInDb', color: '#d46b08' },
  { key: 'invalid', label: 'imports.count.invalid', color: '#cf1322' },
];

/** The preview's counts, one card each; a count of 0 is shown plain. */
export function PreviewCounts({ counts, notes }: Pick<PreviewOut, 'counts' | 'notes'>) {
  const { t } = useI18n();
  return (
    <div data-testid="import-counts">
      <Row gutter={[12, 12]}>
        {COUNTS.map(({ key, label, color }) => (
          <Col key={key} flex="1 1 180px">
            <Card size="small" data-testid={`import-count-${key}`}>
              <Statistic
                title={t(label)}
                value={counts[key]}
                styles={{ content: color && counts[key] > 0 ? { color } : undefined }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {notes > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('imports.notesHint', { count: notes })}
          style={{ marginTop: 12 }}
          data-testid="import-notes"
        />
      )}
    </div>
  );
}

type Problem = PreviewOut['problems'][number];

/** Rows that will not be imported: the sheet's row number and why, in this window's language when it knows the key. */
export function ProblemsCard({ problems }: { problems: Problem[] }) {
  const { t } = useI18n();
  // A phone in a message reads as the list shows phones (+998 90 123 45 67), not as stored.
  const reason = (p: Problem) =>
    isMsgKey(p.key)
      ? t(p.key, typeof p.params.phone === 'string' ? { ...p.params, phone: formatPhone(p.params.phone) } : p.params)
      : p.reason;
  return (
    <Card title={t('imports.problems')} data-testid="import-problems">
      <Table<Problem>
        rowKey={(p) => `${p.row}-${p.key}`}
        size="small"
        dataSource={problems}
        locale={{ emptyText: t('imports.problemsNone') }}
        pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        columns={[
          { title: t('imports.row'), dataIndex: 'row', width: 80 },
          {
            title: t('imports.reason'),
            key: 'reason',
            render: (_, p) => <Typography.Text style={{ wordBreak: 'break-word' }}>{reason(p)}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
