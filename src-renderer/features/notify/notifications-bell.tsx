import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NotificationOut } from '../../../src-shared/contract/notify';
import type { Role } from '../../../src-shared/domain/roles';
import { api } from '../../api/client';
import { formatDateTime } from '../../ui/format';
import { useLiveRefresh } from '../../ui/live';
import { tKey, useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';

/** Where a notice leads: its lead, its message (opened at once), or the leave requests it is about. */
export function noticeLink(n: NotificationOut, role: Role): string | null {
  if (n.leadId) return `/leads/${n.leadId}`;
  if (n.messageId) return `/messages/inbox?open=${n.messageId}`;
  if (n.leaveId) return role === 'seller' ? '/leave/mine' : '/leave/pending';
  return null;
}

/**
 * The bell in the header: leads given to me or that nobody could take, calls due, new messages,
 * leave requests and their answers. A notice opens what it is about.
 */
export function NotificationsBell() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [data, setData] = useState<{ items: NotificationOut[]; unread: number }>({ items: [], unread: 0 });
  const load = useCallback(
    () =>
      api.notifications
        .list({ limit: 20 })
        .then(setData)
        .catch(() => {}),
    [],
  );

  useEffect(() => {
    void load();
  }, [load, user.id]);
  useLiveRefresh((e) => e.type === 'notification.changed' && e.userIds.includes(user.id), load);

  const openItem = async (n: NotificationOut) => {
    setOpen(false);
    if (!n.read) await api.notifications.markRead({ ids: [n.id] });
    const to = noticeLink(n, user.role);
    if (to) navigate(to);
  };

  const content = (
    <div style={{ width: 360 }}>
      {data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notify.empty')} />
      ) : (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              onClick={() => void openItem(n)}
              style={{ cursor: 'pointer', background: n.read ? undefined : '#e6f4ff', paddingInline: 8 }}
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.read}>{tKey(t, n.key, n.params)}</Typography.Text>}
                description={formatDateTime(n.createdAt)}
              />
            </List.Item>
          )}
        />
      )}
      {data.unread > 0 && (
        <Button type="link" block onClick={() => void api.notifications.markRead({}).then(load)}>
          {t('notify.readAll')}
        </Button>
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('notify.title')}
      content={content}
    >
      <Badge count={data.unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('notify.title')}
          data-testid="notifications"
        />
      </Badge>
    </Popover>
  );
}
