import { Checkbox, Col, Form, Input, Row, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { UserOut } from '../../../src-shared/contract/users';
import { DEFAULT_WORK_DAYS, DEFAULT_WORK_END, DEFAULT_WORK_START } from '../../../src-shared/domain/time-of-day';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../ui/form-modal';
import { PasswordHint, passwordRules } from '../../ui/password-fields';

interface Values {
  username: string;
  password?: string;
  firstName: string;
  lastName?: string;
  email?: string;
  phone?: string;
  telegramUsername?: string;
  workStart: Dayjs;
  workEnd: Dayjs;
  workDays: number[];
  isActiveSales: boolean;
}

const hm = (s: string) => dayjs(`2000-01-01T${s}`);

/** "Yangi Manager" / "Yangi Sotuvchi" and "Tahrirlash". */
export function UserFormModal({
  role,
  user,
  onClose,
  onSaved,
}: {
  role: 'manager' | 'seller';
  user: UserOut | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const seller = role === 'seller';

  const initial: Partial<Values> = user
    ? {
        ...user,
        lastName: user.lastName,
        email: user.email ?? '',
        phone: user.phone ?? '',
        telegramUsername: user.telegramUsername ?? '',
        workStart: hm(user.workStart),
        workEnd: hm(user.workEnd),
      }
    : {
        workStart: hm(DEFAULT_WORK_START),
        workEnd: hm(DEFAULT_WORK_END),
        workDays: DEFAULT_WORK_DAYS,
        isActiveSales: true,
      };

  const save = async (v: Values) => {
    const common = {
      firstName: v.firstName,
      lastName: v.lastName ?? '',
      email: v.email ?? '',
      phone: v.phone ?? '',
      telegramUsername: v.telegramUsername ?? '',
      ...(seller
        ? {
            workStart: v.workStart.format('HH:mm'),
            workEnd: v.workEnd.format('HH:mm'),
            workDays: v.workDays,
            isActiveSales: v.isActiveSales,
          }
        : {}),
    };
    if (user) await api.users.update({ id: user.id, ...common });
    else await api.users.create({ role, username: v.username, password: v.password ?? '', ...common });
    onSaved();
  };

  const title = user
    ? t(seller ? 'users.editSeller' : 'users.editManager')
    : t(seller ? 'users.newSeller' : 'users.newManager');
  const required = [{ required: true, message: t('field.required') }];

  return (
    <FormModal<Values> title={title} width={640} initialValues={initial} onClose={onClose} onSubmit={save}>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="username" label={t('users.username')} rules={required}>
            <Input disabled={!!user} autoComplete="off" />
          </Form.Item>
        </Col>
        {!user && (
          <Col span={12}>
            <Form.Item
              name="password"
              label={t('users.password')}
              rules={passwordRules(t)}
              extra={<PasswordHint name="password" />}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="firstName" label={t('users.firstName')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="lastName" label={t('users.lastName')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('format.email') }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="phone" label={t('users.phone')}>
            <Input placeholder="+998 90 123 45 67" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="telegramUsername" label={t('users.telegram')}>
            <Input prefix="@" />
          </Form.Item>
        </Col>
      </Row>
      {seller && (
        <>
          <Typography.Paragraph type="warning">{t('users.workTimeHint')}</Typography.Paragraph>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="workStart" label={t('users.workStart')} rules={required}>
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="workEnd"
                label={t('users.workEnd')}
                dependencies={['workStart']}
                rules={[
                  ...required,
                  ({ getFieldValue }) => ({
                    validator: (_, v?: Dayjs) =>
                      !v ||
                      !getFieldValue('workStart') ||
                      v.format('HH:mm') > (getFieldValue('workStart') as Dayjs).format('HH:mm')
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('error.workEndBeforeStart'))),
                  }),
                ]}
              >
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="workDays"
            label={t('users.workDays')}
            rules={[{ required: true, type: 'array', min: 1, message: t('field.required') }]}
          >
            <Checkbox.Group
              options={([1, 2, 3, 4, 5, 6, 7] as const).map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="isActiveSales"
            label={t('users.isActiveSales')}
            valuePropName="checked"
            extra={t('users.isActiveSalesHint')}
          >
            <Switch />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
