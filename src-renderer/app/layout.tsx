import { DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Layout, Menu, Select, Space, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { setCentreZone } from '../ui/format';
import { LANGS, type Lang } from '../../src-shared/i18n/index';
import { useI18n } from './i18n';
import { NotificationsBell } from '../features/notify/notifications-bell';
import { menuFor } from './routes';
import { useSession, useUser } from './session';

const LANG_LABEL: Record<Lang, string> = { uz: "O'zbekcha", ru: 'Русский', en: 'English' };

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    api.settings
      .public()
      .then((s) => setCentreZone(s.timeZone))
      .catch(() => {});
  }, []);

  const items: MenuProps['items'] = menuFor(user.role).map((m) =>
    'pages' in m
      ? { key: m.key, label: t(m.label), children: m.pages.map((p) => ({ key: p.path, label: t(p.label) })) }
      : { key: m.path, label: t(m.label) },
  );

  const profileItems: MenuProps['items'] = [
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
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Typography.Text>
        <Menu
          mode="horizontal"
          items={items}
          selectedKeys={[pathname]}
          onClick={(e) => navigate(e.key)}
          style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
          data-testid="main-menu"
        />
        <Select<Lang>
          size="small"
          value={lang}
          onChange={setLang}
          aria-label={t('common.language')}
          options={LANGS.map((l) => ({ value: l, label: LANG_LABEL[l] }))}
          style={{ width: 120 }}
        />
        <NotificationsBell />
        <Dropdown menu={{ items: profileItems }} trigger={['click']}>
          <a onClick={(e) => e.preventDefault()} data-testid="profile-menu" style={{ whiteSpace: 'nowrap' }}>
            <Space>
              <Avatar size="small" icon={<UserOutlined />} />
              <span>{user.firstName}</span>
              <Typography.Text type="secondary">({t(`role.${user.role}`)})</Typography.Text>
              <DownOutlined />
            </Space>
          </a>
        </Dropdown>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
