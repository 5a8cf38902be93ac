import { Button, Checkbox, Col, DatePicker, Empty, Form, Input, Row, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { OfferOut } from '../../../src-shared/contract/offers';
import { OFFER_AUDIENCES, OFFER_CHANNELS, OFFER_TYPES } from '../../../src-shared/domain/offers';
import { PRIORITIES } from '../../../src-shared/domain/priority';
import type { MsgKey } from '../../../src-shared/i18n/index';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal, required } from '../../ui/form-modal';
import { PageCard } from '../../ui/page-card';
import { PriorityTag } from '../../ui/priority-tag';
import { CourseSelect } from '../../ui/pickers';
import { useRpc } from '../../ui/use-rpc';
import { formatIsoDate } from '../../ui/format';

type Values = Omit<OfferOut, 'id' | 'courseName' | 'createdAt' | 'live' | 'validFrom' | 'validTo'> & {
  range: [Dayjs, Dayjs];
};

/** "Tizim → Takliflar" (admin, manager): the list says which offers are live today. */
export function OffersPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<OfferOut | null | undefined>(undefined);
  const { data, error, loading, reload } = useRpc(() => api.offers.list({}), []);
  const pick = <K extends string>(values: readonly K[], key: (v: K) => MsgKey) =>
    values.map((v) => ({ value: v, label: t(key(v)) }));

  return (
    <PageCard title={t('menu.system.offers')} addLabel={t('offers.new')} onAdd={() => setEditing(null)} error={error}>
      <Table<OfferOut>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('offers.empty')} /> }}
        rowClassName={(o) => (o.live ? '' : 'row-inactive')}
        columns={[
          { title: t('offers.title'), dataIndex: 'title' },
          {
            title: t('offers.priority'),
            render: (_, o) => <PriorityTag priority={o.priority} />,
          },
          { title: t('offers.type'), render: (_, o) => t(`offerType.${o.type}`) },
          { title: t('offers.channel'), render: (_, o) => t(`channel.${o.channel}`) },
          { title: t('offers.audience'), render: (_, o) => t(`audience.${o.audience}`) },
          { title: t('leads.course'), render: (_, o) => o.courseName ?? '—' },
          {
            title: t('offers.validity'),
            render: (_, o) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {formatIsoDate(o.validFrom)} – {formatIsoDate(o.validTo)}
              </span>
            ),
          },
          {
            title: t('common.status'),
            render: (_, o) => (o.live ? <Tag color="green">{t('offers.live')}</Tag> : <Tag>{t('offers.notLive')}</Tag>),
          },
          {
            title: t('common.actions'),
            render: (_, o) => (
              <Button size="small" onClick={() => setEditing(o)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <FormModal<Values>
          width={720}
          title={editing ? `${t('common.edit')}: ${editing.title}` : t('offers.new')}
          initialValues={
            editing
              ? { ...editing, range: [dayjs(editing.validFrom), dayjs(editing.validTo)] }
              : {
                  type: 'discount',
                  priority: 'normal',
                  channel: 'general',
                  audience: 'all',
                  active: true,
                  courseId: null,
                  range: [dayjs(), dayjs().add(1, 'month')],
                }
          }
          onClose={() => setEditing(undefined)}
          onSubmit={async ({ range, ...v }) => {
            const input = {
              ...v,
              courseId: v.courseId ?? null,
              description: v.description ?? '',
              validFrom: range[0].format('YYYY-MM-DD'),
              validTo: range[1].format('YYYY-MM-DD'),
            };
            await (editing ? api.offers.update({ id: editing.id, ...input }) : api.offers.create(input));
            await reload();
          }}
        >
          <Form.Item name="title" label={t('offers.title')} rules={required(t)}>
            <Input placeholder="Yangi Yil Chegirmasi" />
          </Form.Item>
          <Form.Item name="description" label={t('offers.description')}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="type" label={t('offers.type')} rules={required(t)}>
                <Select options={pick(OFFER_TYPES, (v) => `offerType.${v}`)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="priority" label={t('offers.priority')} rules={required(t)}>
                <Select options={pick(PRIORITIES, (v) => `priority.${v}`)} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="channel" label={t('offers.channel')} rules={required(t)}>
                <Select options={pick(OFFER_CHANNELS, (v) => `channel.${v}`)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="audience" label={t('offers.audience')} rules={required(t)}>
                <Select options={pick(OFFER_AUDIENCES, (v) => `audience.${v}`)} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="courseId" label={t('offers.course')}>
                <CourseSelect allowClear />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="range" label={t('offers.validity')} rules={required(t)}>
                <DatePicker.RangePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('common.active')}</Checkbox>
          </Form.Item>
        </FormModal>
      )}
    </PageCard>
  );
}
