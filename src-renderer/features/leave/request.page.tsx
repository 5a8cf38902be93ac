import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Form, Input, Radio, Row, TimePicker } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { LEAVE_REASONS, LEAVE_TYPES, type LeaveReason, type LeaveType } from '../../../src-shared/domain/leave';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useCentreClock } from '../../ui/centre-time';
import { PageCard } from '../../ui/page-card';
import { useFormSubmit } from '../../ui/use-form-submit';

/** Field names are the API's, so the server's problems (overlap, past, order) show under their field. */
interface Values {
  type: LeaveType;
  dateFrom?: Dayjs;
  dateTo?: Dayjs;
  timeFrom?: Dayjs;
  timeTo?: Dayjs;
  reason?: LeaveReason;
  comment?: string;
}

const DATE = 'DD.MM.YYYY';
const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const hhmm = (d?: Dayjs) => d?.format('HH:mm');

/** Both hour fields of an hourly leave: 24-hour, 5-minute steps, no confirm button. */
const TIME_PICKER = {
  format: 'HH:mm',
  minuteStep: 5,
  needConfirm: false,
  showNow: false,
  style: { width: '100%' },
} as const;

/**
 * "Ruxsat So'rash" (seller): a whole day or days ("Dan"–"Gacha"), or some hours of one day. Days
 * before the centre's today cannot be picked; the request goes to the admin and managers.
 */
export function LeaveRequestPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const clock = useCentreClock();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const dateFrom = Form.useWatch('dateFrom', form);
  const today = clock?.today() ?? '';
  const { busy, error, submit } = useFormSubmit<Values>(form, async (v) => {
    const from = day(v.dateFrom!);
    const comment = v.comment?.trim() || undefined;
    await api.leave.request(
      v.type === 'hourly'
        ? {
            type: 'hourly',
            dateFrom: from,
            timeFrom: hhmm(v.timeFrom),
            timeTo: hhmm(v.timeTo),
            reason: v.reason!,
            comment,
          }
        : { type: 'full_day', dateFrom: from, dateTo: v.dateTo ? day(v.dateTo) : from, reason: v.reason!, comment },
    );
    message.success(t('leave.sent'));
    navigate('/leave/mine');
  });

  const required = (message = t('field.required')): Rule => ({ required: true, message });
  const after = (
    field: 'dateFrom' | 'timeFrom',
    unit: 'day' | 'minute',
    key: 'leave.error.datesOrder' | 'leave.error.timesOrder',
  ): Rule => ({
    validator: (_, v?: Dayjs) => {
      const start = form.getFieldValue(field) as Dayjs | undefined;
      if (!v || !start) return Promise.resolve();
      const ok = unit === 'day' ? day(v) >= day(start) : hhmm(v)! > hhmm(start)!;
      return ok ? Promise.resolve() : Promise.reject(new Error(t(key)));
    },
  });
  const hourly = type === 'hourly';

  return (
    <PageCard title={t('menu.leave.request')}>
      <div style={{ maxWidth: 720 }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Values>
          form={form}
          name="leave-request"
          layout="vertical"
          initialValues={{ type: 'full_day' }}
          onFinish={(v) => void submit(v)}
          onValuesChange={(changed: Partial<Values>) => {
            // One day off is the common case: "Gacha" follows "Dan" until set later than it.
            const to = form.getFieldValue('dateTo') as Dayjs | undefined;
            if (changed.dateFrom && (!to || day(to) < day(changed.dateFrom)))
              form.setFieldsValue({ dateTo: changed.dateFrom });
          }}
        >
          <Form.Item name="type" label={t('leave.type')} extra={hourly ? t('leave.hourlyHint') : undefined}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={LEAVE_TYPES.map((v) => ({ value: v, label: t(`leave.type.${v}`) }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col span={hourly ? 8 : 12}>
              <Form.Item name="dateFrom" label={t(hourly ? 'leave.date' : 'leave.dateFrom')} rules={[required()]}>
                <DatePicker
                  format={DATE}
                  style={{ width: '100%' }}
                  disabled={!clock}
                  disabledDate={(d) => day(d) < today}
                  data-testid="leave-date-from"
                />
              </Form.Item>
            </Col>
            {hourly ? (
              <>
                <Col span={8}>
                  <Form.Item
                    name="timeFrom"
                    label={t('leave.timeFrom')}
                    rules={[required(t('leave.error.timeNeeded'))]}
                  >
                    <TimePicker {...TIME_PICKER} data-testid="leave-time-from" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    name="timeTo"
                    label={t('leave.timeTo')}
                    dependencies={['timeFrom']}
                    rules={[
                      required(t('leave.error.timeNeeded')),
                      after('timeFrom', 'minute', 'leave.error.timesOrder'),
                    ]}
                  >
                    <TimePicker {...TIME_PICKER} data-testid="leave-time-to" />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <Col span={12}>
                <Form.Item
                  name="dateTo"
                  label={t('leave.dateTo')}
                  dependencies={['dateFrom']}
                  rules={[required(), after('dateFrom', 'day', 'leave.error.datesOrder')]}
                >
                  <DatePicker
                    format={DATE}
                    style={{ width: '100%' }}
                    disabled={!clock}
                    disabledDate={(d) => day(d) < today || (!!dateFrom && day(d) < day(dateFrom))}
                    data-testid="leave-date-to"
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name="reason" label={t('leave.reason')} rules={[required()]}>
            <Radio.Group options={LEAVE_REASONS.map((r) => ({ value: r, label: t(`leave.reason.${r}`) }))} />
          </Form.Item>
          <Form.Item name="comment" label={t('leave.comment')}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy} data-testid="leave-send">
            {t('leave.send')}
          </Button>
        </Form>
      </div>
    </PageCard>
  );
}
