import { MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { errorText } from '../../ui/errors';
import { formatWeekdays } from '../../ui/weekdays';
import { useRpc } from '../../ui/use-rpc';
import { AbsenceModal } from './absence.modal';
import { ResetPasswordModal } from './reset-password.modal';
import { UserFormModal } from './user-form.modal';
import { ofType } from '../../ui/live';
import { AwayTags } from '../../ui/on-leave';
import { UserTelegram } from '../telegram/user-telegram';

type Dialog =
  { kind: 'form'; user: UserOut | null } | { kind: 'absence'; user: UserOut } | { kind: 'reset'; user: UserOut } | null;

/** "Foydalanuvchilar → Managerlar / Sotuvchilar". */
export function UsersPage({ role }: { role: 'manager' | 'seller' }) {
  const { t } = useI18n();
  const me = useUser();
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, error, loading, reload } = useRpc(() => api.users.list({ role }), [role], ofType('user.changed'));
  const sellers = role === 'seller';

  const setActive = async (u: UserOut, active: boolean) => {
    try {
      await api.users.update({ id: u.id, active });
      await reload();
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const confirmDeactivate = (u: UserOut) =>
    modal.confirm({
      title: t('users.deactivate'),
      content: t('users.deactivateConfirm', { name: u.firstName }),
      okText: t('common.yes'),
      cancelText: t('common.no'),
      okButtonProps: { danger: true },
      onOk: () => setActive(u, false),
    });

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t(sellers ? 'menu.users.sellers' : 'menu.users.managers')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'form', user: null })}>
          {t(sellers ? 'users.newSeller' : 'users.newManager')}
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<UserOut>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t(sellers ? 'users.noSellers' : 'users.noManagers')} /> }}
        rowClassName={(u) => (u.active ? '' : 'row-inactive')}
        columns={[
          {
            title: t('users.fullName'),
            render: (_, u) => (
              <Space>
                <span>{`${u.firstName} ${u.lastName}`.trim()}</span>
                <AwayTags user={u} />
              </Space>
            ),
          },
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          {
            title: t('users.telegramColumn'),
            key: 'telegram',
            render: (_, u) => <UserTelegram user={u} />,
          },
          ...(sellers
            ? [
                {
                  title: t('users.workTime'),
                  key: 'work',
                  render: (_: unknown, u: UserOut) => (
                    <span>
                      {u.workStart}–{u.workEnd}
                      <br />
                      <Typography.Text type="secondary">{formatWeekdays(u.workDays, t)}</Typography.Text>
                    </span>
                  ),
                },
                {
                  title: t('users.isActiveSales'),
                  key: 'sales',
                  render: (_: unknown, u: UserOut) =>
                    u.isActiveSales ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>,
                },
              ]
            : []),
          {
            title: t('common.status'),
            key: 'active',
            render: (_, u) =>
              u.active ? <Tag color="blue">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, u) => (
              <Space wrap size="small">
                <Button size="small" onClick={() => setDialog({ kind: 'form', user: u })}>
                  {t('common.edit')}
                </Button>
                {sellers && u.active && (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'absence', user: u })}>
                    {t('users.absent')}
                  </Button>
                )}
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      ...(me.role === 'admin'
                        ? [
                            {
                              key: 'reset',
                              label: t('users.resetPassword'),
                              onClick: () => setDialog({ kind: 'reset', user: u }),
                            },
                          ]
                        : []),
                      ...(u.id === me.id
                        ? []
                        : u.active
                          ? [
                              {
                                key: 'off',
                                danger: true,
                                label: t('users.deactivate'),
                                onClick: () => confirmDeactivate(u),
                              },
                            ]
                          : [{ key: 'on', label: t('users.activate'), onClick: () => void setActive(u, true) }]),
                    ],
                  }}
                >
                  <Button size="small" icon={<MoreOutlined />} aria-label={t('common.actions')} />
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'form' && (
        <UserFormModal
          role={role}
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void reload();
          }}
        />
      )}
      {dialog?.kind === 'absence' && (
        <AbsenceModal
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void reload();
          }}
        />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </Card>
  );
}
