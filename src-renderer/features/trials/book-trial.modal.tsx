import { Checkbox, Form, Input, Select, Space, Tag, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { LeadOut } from '../../../src-shared/contract/leads';
import type { TrialOut } from '../../../src-shared/contract/trials';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useCentreClock } from '../../ui/centre-time';
import { FormModal, required } from '../../ui/form-modal';
import { useRpc } from '../../ui/use-rpc';
import { LessonDatePicker, lessonDateRules } from './lesson-date';

interface Values {
  groupId: number;
  date: Dayjs;
  time?: Dayjs;
  roomId?: number | null;
  notes?: string;
}

/**
 * "Sinovga Yozish": active groups of the lead's course (others on request); a full group is shown
 * but cannot be chosen ("To'lgan"); the date must be a lesson day ahead, and a wrong one says why.
 */
export function BookTrialModal({
  lead,
  onClose,
  onBooked,
}: {
  lead: LeadOut;
  onClose(): void;
  onBooked(trial: TrialOut): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [allCourses, setAllCourses] = useState(!lead.courseId);
  const groups = useRpc(
    () => api.groups.list({ courseId: allCourses ? undefined : (lead.courseId ?? undefined) }),
    [allCourses],
  );
  const rooms = useRpc(() => api.rooms.list(), []);
  const clock = useCentreClock();
  const today = clock?.today() ?? '';
  const groupId = Form.useWatch('groupId', form);
  const active = (groups.data ?? []).filter((g) => g.active);
  const group = active.find((g) => g.id === groupId);
  const open = active.filter((g) => !g.full);

  return (
    <FormModal<Values>
      form={form}
      name="trial"
      title={`${t('trials.book')}: ${lead.name}`}
      onClose={onClose}
      onSubmit={async (v) => {
        onBooked(
          await api.trials.create({
            leadId: lead.id,
            groupId: v.groupId,
            date: v.date.format('YYYY-MM-DD'),
            time: v.time?.format('HH:mm'),
            roomId: v.roomId ?? null,
            notes: v.notes,
          }),
        );
      }}
    >
      <Form.Item
        name="groupId"
        label={t('trials.group')}
        rules={required(t)}
        extra={groups.data && open.length === 0 ? t('trials.noGroups') : undefined}
      >
        <Select
          data-testid="trial-group"
          options={active.map((g) => ({
            value: g.id,
            disabled: g.full,
            label: (
              <Space size={4}>
                <span>
                  {`${g.name} · ${g.courseName} · ${t(`groups.days.${g.days}`)} ${g.time} · ${g.currentStudents}/${g.capacity}`}
                </span>
                {g.full && <Tag color="red">{t('groups.full')}</Tag>}
              </Space>
            ),
          }))}
          onChange={(id) => {
            const g = active.find((x) => x.id === id);
            form.setFieldsValue({
              time: g ? dayjs(`2000-01-01T${g.time}`) : undefined,
              roomId: g?.roomId ?? null,
            });
            // A date already typed is checked against the new group's days, not dropped.
            if (form.getFieldValue('date')) void form.validateFields(['date']);
          }}
        />
      </Form.Item>
      <Checkbox checked={allCourses} onChange={(e) => setAllCourses(e.target.checked)} style={{ marginBottom: 16 }}>
        {t('trials.otherCourses')}
      </Checkbox>
      <Form.Item
        name="date"
        label={t('trials.date')}
        dependencies={['groupId']}
        rules={lessonDateRules(t, group?.days, today)}
        extra={group && t('trials.lessonDays', { days: t(`groups.days.${group.days}`) })}
      >
        <LessonDatePicker days={group?.days} today={today} disabled={!group} />
      </Form.Item>
      <Form.Item name="time" label={t('trials.time')}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="roomId" label={t('trials.room')}>
        <Select allowClear options={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('leads.notes')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
