import {
  App,
  Checkbox,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Select,
  Space,
  Table,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { GroupOut } from '../../../src-shared/contract/catalog';
import { LESSON_DAYS, type LessonDays } from '../../../src-shared/domain/catalog';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { EditDelete } from '../../ui/edit-delete';
import { errorText } from '../../ui/errors';
import { FormModal, numberRange, required } from '../../ui/form-modal';
import { PageCard } from '../../ui/page-card';
import { CourseSelect } from '../../ui/pickers';
import { useRpc } from '../../ui/use-rpc';

interface Values {
  name: string;
  courseId: number;
  roomId: number | null;
  days: LessonDays;
  time: Dayjs;
  capacity: number;
  currentStudents: number;
  active: boolean;
}

/** "Tizim → Guruhlar": the admin edits; managers and sellers read fill and lesson times. */
export function GroupsPage() {
  const { t } = useI18n();
  const user = useUser();
  const admin = user.role === 'admin';
  const { message } = App.useApp();
  const [editing, setEditing] = useState<GroupOut | null | undefined>(undefined);
  const { data, error, loading, reload } = useRpc(() => api.groups.list({}), []);
  const rooms = useRpc(() => api.rooms.list(), []);
  const remove = (g: GroupOut) =>
    api.groups
      .delete({ id: g.id })
      .then(reload)
      .catch((e) => message.error(errorText(e, t)));

  return (
    <PageCard
      title={t('menu.system.groups')}
      addLabel={admin ? t('groups.new') : undefined}
      onAdd={() => setEditing(null)}
      error={error}
    >
      {!admin && <Typography.Paragraph type="secondary">{t('groups.readOnly')}</Typography.Paragraph>}
      <Table<GroupOut>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('groups.empty')} /> }}
        rowClassName={(g) => (g.active ? '' : 'row-inactive')}
        columns={[
          { title: t('groups.name'), dataIndex: 'name' },
          { title: t('leads.course'), dataIndex: 'courseName' },
          { title: t('groups.room'), dataIndex: 'roomName', render: (v: string | null) => v ?? '—' },
          { title: t('groups.days'), dataIndex: 'days', render: (d: LessonDays) => t(`groups.days.${d}`) },
          { title: t('groups.time'), dataIndex: 'time' },
          {
            title: t('groups.fill'),
            render: (_, g) => (
              <Space>
                <span style={{ whiteSpace: 'nowrap' }} data-testid={`fill-${g.id}`}>
                  {g.currentStudents}/{g.capacity}
                </span>
                <Progress
                  percent={Math.round((g.currentStudents / g.capacity) * 100)}
                  size="small"
                  showInfo={false}
                  style={{ width: 80 }}
                  status={g.full ? 'exception' : 'normal'}
                />
                {g.full && <Tag color="red">{t('groups.full')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('common.status'),
            render: (_, g) =>
              g.active ? <Tag color="blue">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
          },
          ...(admin
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, g: GroupOut) => (
                    <EditDelete
                      onEdit={() => setEditing(g)}
                      onDelete={() => remove(g)}
                      confirm={t('groups.deleteConfirm', { name: g.name })}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== undefined && (
        <FormModal<Values>
          width={680}
          title={editing ? `${t('common.edit')}: ${editing.name}` : t('groups.new')}
          initialValues={
            editing
              ? { ...editing, time: dayjs(`2000-01-01T${editing.time}`) }
              : {
                  days: 'odd',
                  time: dayjs('2000-01-01T09:00'),
                  capacity: 15,
                  currentStudents: 0,
                  active: true,
                  roomId: null,
                }
          }
          onClose={() => setEditing(undefined)}
          onSubmit={async (v) => {
            const input = { ...v, time: v.time.format('HH:mm'), roomId: v.roomId ?? null };
            await (editing ? api.groups.update({ id: editing.id, ...input }) : api.groups.create(input));
            await reload();
          }}
        >
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="name" label={t('groups.name')} rules={required(t)}>
                <Input placeholder="IELTS-01" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="courseId" label={t('leads.course')} rules={required(t)}>
                <CourseSelect />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="roomId" label={t('groups.room')}>
                <Select allowClear options={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="time" label={t('groups.time')} rules={required(t)}>
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="days" label={t('groups.days')} rules={required(t)}>
            <Select options={LESSON_DAYS.map((d) => ({ value: d, label: t(`groups.days.${d}`) }))} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="capacity"
                label={t('groups.capacity')}
                dependencies={['roomId']}
                rules={[
                  ...required(t),
                  numberRange(t, 1, 1000),
                  // A warning, not a refusal: a room may be shared in shifts, or the figure be a plan.
                  ({ getFieldValue }) => ({
                    warningOnly: true,
                    validator: async (_, capacity: number | null) => {
                      const room = rooms.data?.find((r) => r.id === getFieldValue('roomId'));
                      if (room && capacity && capacity > room.capacity)
                        throw new Error(
                          t('groups.roomTooSmall', { capacity, room: room.name, roomCapacity: room.capacity }),
                        );
                    },
                  }),
                ]}
              >
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="currentStudents"
                label={t('groups.current')}
                rules={[...required(t), numberRange(t, 0, 1000)]}
              >
                <InputNumber style={{ width: '100%' }} />
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
