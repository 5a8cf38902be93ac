import { App, Checkbox, Col, Empty, Form, Input, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CourseOut } from '../../../src-shared/contract/catalog';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { EditDelete } from '../../ui/edit-delete';
import { errorText } from '../../ui/errors';
import { formatSum } from '../../ui/format';
import { FormModal, numberRange, required } from '../../ui/form-modal';
import { PageCard } from '../../ui/page-card';
import { useRpc } from '../../ui/use-rpc';

type Values = Omit<CourseOut, 'id' | 'leadCount' | 'groupCount' | 'createdAt'>;
const thousands = (v: number | string | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** "Tizim → Kurslar" (admin). */
export function CoursesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<CourseOut | null | undefined>(undefined);
  const { data, error, loading, reload } = useRpc(() => api.courses.list({ includeInactive: true }), []);

  const remove = async (c: CourseOut) => {
    try {
      const res = await api.courses.delete({ id: c.id });
      message.success(t(res.result === 'archived' ? 'courses.archived' : 'courses.deleted'));
      await reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  return (
    <PageCard title={t('menu.system.courses')} addLabel={t('courses.new')} onAdd={() => setEditing(null)} error={error}>
      <Table<CourseOut>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('courses.empty')} /> }}
        expandable={{
          expandedRowRender: (c) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {c.salesScript || '—'}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('courses.name'), dataIndex: 'name' },
          {
            title: t('courses.price'),
            dataIndex: 'price',
            align: 'right',
            render: (p: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatSum(p)}</span>,
          },
          { title: t('courses.duration'), dataIndex: 'lessonDuration', align: 'right' },
          { title: t('courses.perWeek'), dataIndex: 'lessonsPerWeek', align: 'right' },
          {
            title: t('common.status'),
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                {c.active ? <Tag color="blue">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('courses.usage', { leads: c.leadCount, groups: c.groupCount })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, c) => (
              <EditDelete
                onEdit={() => setEditing(c)}
                onDelete={() => remove(c)}
                confirm={t('courses.deleteConfirm', { name: c.name })}
                details={
                  c.leadCount + c.groupCount > 0 &&
                  t('courses.deleteUsed', { leads: c.leadCount, groups: c.groupCount })
                }
              />
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <FormModal<Values>
          width={720}
          title={editing ? `${t('common.edit')}: ${editing.name}` : t('courses.new')}
          initialValues={editing ?? { price: 0, lessonDuration: 90, lessonsPerWeek: 3, active: true, salesScript: '' }}
          onClose={() => setEditing(undefined)}
          onSubmit={async (v) => {
            await (editing ? api.courses.update({ id: editing.id, ...v }) : api.courses.create(v));
            await reload();
          }}
        >
          <Form.Item name="name" label={t('courses.name')} rules={required(t)}>
            <Input placeholder="IELTS Preparation" />
          </Form.Item>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="price" label={t('courses.priceSom')} rules={[...required(t), numberRange(t, 0)]}>
                <InputNumber
                  step={50000}
                  formatter={thousands}
                  parser={(v) => Number((v ?? '').replace(/[^\d-]/g, ''))}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="lessonDuration"
                label={t('courses.duration')}
                rules={[...required(t), numberRange(t, 1, 600)]}
              >
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="lessonsPerWeek"
                label={t('courses.perWeek')}
                rules={[...required(t), numberRange(t, 1, 14)]}
              >
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="salesScript" label={t('courses.script')} extra={t('courses.scriptHint')}>
            <Input.TextArea rows={8} />
          </Form.Item>
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('common.active')}</Checkbox>
          </Form.Item>
        </FormModal>
      )}
    </PageCard>
  );
}
