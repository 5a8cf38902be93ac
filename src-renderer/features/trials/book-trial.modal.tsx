import { Checkbox, DatePicker, Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { LeadOut } from '../../../src-shared/contract/leads';
import { lessonWeekdays } from '../../../src-shared/domain/catalog';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal, required } from '../../ui/form-modal';
import { useRpc } from '../../ui/use-rpc';

interface Values {
  groupId: number;
  date: Dayjs;
  time?: Dayjs;
  roomId?: number | null;
  notes?: string;
}

/** "Sinovga Yozish": groups of the lead's course with seats (others on request); only lesson days ahead can be picked. */
export function BookTrialModal({ lead, onClose, onBooked }: { lead: LeadOut; onClose(): void; onBooked(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [allCourses, setAllCourses] = useState(!lead.courseId);
  const groups = useRpc(
    () => api.groups.list({ availableOnly: true, courseId: allCourses ? undefined : (lead.courseId ?? undefined) }),
    [allCourses],
  );
  const rooms = useRpc(() => api.rooms.list(), []);
  const server = useRpc(() => api.settings.public(), []);
  const groupId = Form.useWatch('groupId', form);
  const group = groups.data?.find((g) => g.id === groupId);

  return (
    <FormModal<Values>
      form={form}
      title={`${t('trials.book')}: ${lead.name}`}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.trials.create({
          leadId: lead.id,
          groupId: v.groupId,
          date: v.date.format('YYYY-MM-DD'),
          time: v.time?.format('HH:mm'),
          roomId: v.roomId ?? null,
          notes: v.notes,
        });
        onBooked();
      }}
    >
      <Form.Item
        name="groupId"
        label={t('trials.group')}
        rules={required(t)}
        extra={groups.data?.length === 0 ? t('trials.noGroups') : undefined}
      >
        <Select
          data-testid="trial-group"
          options={(groups.data ?? []).map((g) => ({
            value: g.id,
            label: `${g.name} · ${g.courseName} · ${t(`groups.days.${g.days}`)} ${g.time} · ${g.currentStudents}/${g.capacity}`,
          }))}
          onChange={(id) => {
            const g = groups.data?.find((x) => x.id === id);
            form.setFieldsValue({
              date: undefined,
              time: g ? dayjs(`2000-01-01T${g.time}`) : undefined,
              roomId: g?.roomId ?? null,
            });
          }}
        />
      </Form.Item>
      <Checkbox checked={allCourses} onChange={(e) => setAllCourses(e.target.checked)} style={{ marginBottom: 16 }}>
        {t('trials.otherCourses')}
      </Checkbox>
      <Form.Item name="date" label={t('trials.date')} rules={required(t)}>
        <DatePicker
          format="DD.MM.YYYY"
          style={{ width: '100%' }}
          disabled={!group}
          disabledDate={(d) =>
            !group ||
            d.format('YYYY-MM-DD') < (server.data?.today ?? '') ||
            !lessonWeekdays(group.days).includes(((d.day() + 6) % 7) + 1)
          }
        />
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
