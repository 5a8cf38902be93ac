import { BookOutlined, DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { setCentreZone } from '../ui/format';
import { useI18n } from './i18n';
import { usePendingLeave } from '../features/leave/use-pending-count';
import { useUnreadMessages } from '../features/messages/use-unread';
import { NotificationsBell } from '../features/notify/notifications-bell';
import { useRestoredSignOut } from '../features/backups/use-restored-sign-out';
import { OfflineBanner } from '../features/connection/offline-banner';
import { useConnection } from '../features/connection/use-connection';
import { LangSelect } from './lang-switch';
import { HeaderLeadSearch } from './lead-search';
import { menuFor, type PageDef } from './routes';
import { useSession, useUser } from './session';

/** A small count beside a menu label; nothing at 0, so the label stays as it is. */
function MenuCount({ count, color, title, testId }: { count: number; color: string; title: string; testId?: string }) {
  if (!count) return null;
  return (
    <span className="menu-count" style={{ background: color }} title={title} aria-label={title} data-testid={testId}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

export function AppLayout() {
  const { t } = useI18n();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Below 1200 px the title and the role give their room to the menu, which must never fold into "···".
  const wide = Grid.useBreakpoint().xl ?? true;
  useEffect(() => {
    api.settings
      .public()
      .then((s) => setCentreZone(s.timeZone))
      .catch(() => {});
  }, []);

  // Unread messages and requests waiting for a decision, live: on "Jamoa" and on their own items.
  const unread = useUnreadMessages();
  const pendingLeave = usePendingLeave();
  // A restore signs everyone out; a lost primary shows a banner, and its return reloads the page's data.
  useRestoredSignOut();
  const link = useConnection();
  const unreadCount = (testId?: string) => (
    <MenuCount count={unread} color="#1677ff" title={t('messages.unreadCount', { count: unread })} testId={testId} />
  );
  const pendingCount = (testId?: string) => (
    <MenuCount
      count={pendingLeave}
      color="#fa8c16"
      title={t('leave.pendingCount', { count: pendingLeave })}
      testId={testId}
    />
  );
  const itemCount: Record<string, () => ReactNode> = {
    '/messages/inbox': () => unreadCount(),
    '/leave/pending': () => pendingCount(),
  };
  const groupCount: Record<string, () => ReactNode> = {
    team: () => (
      <>
        {unreadCount('inbox-unread')}
        {pendingCount('leave-pending')}
      </>
    ),
  };

  const item = (p: PageDef) => ({
    key: p.path,
    label: (
      <>
        <span>{t(p.label)}</span>
        {itemCount[p.path]?.()}
      </>
    ),
  });
  const items: MenuProps['items'] = menuFor(user.role).map((m) =>
    'children' in m
      ? {
          key: m.key,
          label: (
            <>
              <span>{t(m.label)}</span>
              {groupCount[m.key]?.()}
            </>
          ),
          children: m.children.map((c) =>
            'section' in c
              ? { type: 'group' as const, key: c.section, label: t(c.section), children: c.pages.map(item) }
              : item(c),
          ),
        }
      : item(m),
  );

  const profileItems: MenuProps['items'] = [
    { key: 'who', type: 'group', label: `${user.firstName} ${user.lastName}`.trim() + ` · ${t(`role.${user.role}`)}` },
    { key: 'settings', icon: <SettingOutlined />, label: t('menu.settings'), onClick: () => navigate('/settings') },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('menu.logout'),
      onClick: () => void logout().then(() => navigate('/')),
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}>
        <Link
          to="/dashboard"
          title={t('app.title')}
          aria-label={t('app.title')}
          style={{ whiteSpace: 'nowrap', color: 'inherit' }}
        >
          {wide ? (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('app.title')}
            </Typography.Text>
          ) : (
            <BookOutlined style={{ fontSize: 20, color: '#1668dc' }} />
          )}
        </Link>
        <Menu
          mode="horizontal"
          items={items}
          selectedKeys={[pathname]}
          onClick={(e) => navigate(e.key)}
          style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
          data-testid="main-menu"
        />
        <HeaderLeadSearch width={wide ? 240 : 190} />
        <LangSelect />
        <NotificationsBell />
        <Dropdown menu={{ items: profileItems }} trigger={['click']}>
          <a onClick={(e) => e.preventDefault()} data-testid="profile-menu" style={{ whiteSpace: 'nowrap' }}>
            <Space size={6}>
              <Avatar size="small" icon={<UserOutlined />} />
              <span>{user.firstName}</span>
              {wide && <Typography.Text type="secondary">({t(`role.${user.role}`)})</Typography.Text>}
              <DownOutlined />
            </Space>
          </a>
        </Dropdown>
      </Layout.Header>
      <OfflineBanner online={link.online} />
      <Layout.Content style={{ padding: 24 }} key={link.generation}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
