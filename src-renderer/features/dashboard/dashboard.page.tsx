import {
  AlertOutlined,
  PhoneOutlined,
  QuestionCircleOutlined,
  ProfileOutlined,
  TeamOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { DashboardOut } from '../../../src-shared/contract/dashboard';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useRpc } from '../../ui/use-rpc';
import { ofType } from '../../ui/live';
import { OnLeaveTag } from '../../ui/on-leave';
import { loadCentreClock } from '../../ui/centre-time';
import { TargetGlance, useTeamTargets } from '../kpi/target-glance';

type Team = Extract<DashboardOut, { kind: 'team' }>;

function StatCard({
  title,
  value,
  icon,
  danger,
  onClick,
  testId,
  hint,
}: {
  title: string;
  value: number;
  icon: ReactNode;
  danger?: boolean;
  onClick?(): void;
  testId: string;
  hint?: string;
}) {
  return (
    <Card hoverable={!!onClick} onClick={onClick} data-testid={testId}>
      <Statistic
        title={<span title={hint}>{title}</span>}
        value={value}
        prefix={icon}
        styles={{ content: danger && value > 0 ? { color: '#cf1322' } : undefined }}
      />
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error } = useRpc(
    () => api.dashboard.get(),
    [],
    ofType('lead.changed', 'followup.changed', 'user.changed', 'dashboard.changed'),
  );

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Card loading />;

  // Open leads nobody is going to call: the list opens filtered to them (a seller's own, the team's all).
  const noNextCallCard = (value: number) => (
    <StatCard
      key="noNextCall"
      testId="card-noNextCall"
      title={t('dashboard.noNextCall')}
      hint={t('dashboard.noNextCallHint')}
      value={value}
      icon={<QuestionCircleOutlined />}
      danger
      onClick={() => navigate('/leads?noNextCall=1')}
    />
  );

  const cards =
    data.kind === 'team'
      ? [
          <StatCard
            key="a"
            testId="card-totalLeads"
            title={t('dashboard.totalLeads')}
            value={data.totalLeads}
            icon={<ProfileOutlined />}
            onClick={() => navigate('/leads')}
          />,
          <StatCard
            key="b"
            testId="card-todayNew"
            title={t('dashboard.todayNew')}
            value={data.todayNew}
            icon={<UserAddOutlined />}
          />,
          <StatCard
            key="c"
            testId="card-activeSellers"
            title={t('dashboard.activeSellers')}
            value={data.activeSellers}
            icon={<TeamOutlined />}
            onClick={() => navigate('/users/sellers')}
          />,
          <StatCard
            key="d"
            testId="card-overdue"
            title={t('dashboard.overdue')}
            value={data.overdue}
            icon={<AlertOutlined />}
            danger
            onClick={() => navigate('/followups/overdue')}
          />,
          noNextCallCard(data.noNextCall),
        ]
      : [
          <StatCard
            key="a"
            testId="card-myLeads"
            title={t('dashboard.myLeads')}
            value={data.myLeads}
            icon={<ProfileOutlined />}
            onClick={() => navigate('/leads')}
          />,
          <StatCard
            key="b"
            testId="card-todayFollowups"
            title={t('dashboard.todayFollowups')}
            value={data.todayFollowups}
            icon={<PhoneOutlined />}
            onClick={() => navigate('/followups/today')}
          />,
          <StatCard
            key="c"
            testId="card-overdue"
            title={t('dashboard.overdue')}
            value={data.overdue}
            icon={<AlertOutlined />}
            danger
            onClick={() => navigate('/followups/overdue')}
          />,
          noNextCallCard(data.noNextCall),
        ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))' }}>
        {cards}
      </div>
      <Space wrap>
        <Button type="primary" icon={<PhoneOutlined />} onClick={() => navigate('/followups/today')}>
          {t('dashboard.btn.followups')}
        </Button>
        <Button icon={<ProfileOutlined />} onClick={() => navigate('/leads')}>
          {t('dashboard.btn.leads')}
        </Button>
      </Space>
      {data.kind === 'team' ? (
        <SellersTable data={data} />
      ) : (
        <Typography.Text type="secondary">{t('dashboard.hint')}</Typography.Text>
      )}
    </Space>
  );
}

function SellersTable({ data }: { data: Team }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [month, setMonth] = useState<string | null>(null);
  useEffect(() => {
    void loadCentreClock().then((c) => setMonth(c.today().slice(0, 7)));
  }, []);
  const targets = useTeamTargets(month);
  return (
    <Card
      title={
        <Space>
          <UsergroupAddOutlined />
          {t('dashboard.sellers')}
          {data.unassigned > 0 && (
            <Tag
              color="orange"
              style={{ cursor: 'pointer' }}
              onClick={() => navigate('/leads?sellerId=unassigned')}
              data-testid="unassigned-queue"
            >
              {t('dashboard.unassigned')}: {data.unassigned}
            </Tag>
          )}
        </Space>
      }
    >
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={data.sellers}
        locale={{
          emptyText: (
            <Empty description={t('dashboard.noSellers')}>
              <Button onClick={() => navigate('/users/sellers')}>{t('menu.users.sellers')}</Button>
            </Empty>
          ),
        }}
        columns={[
          {
            title: t('dashboard.col.seller'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <Space>
                <Link to={`/leads?sellerId=${r.id}`}>{name}</Link>
                {r.absent && <Tag color="red">{t('users.absent')}</Tag>}
                {r.onLeave && <OnLeaveTag />}
              </Space>
            ),
          },
          { title: t('dashboard.col.leads'), dataIndex: 'leads', align: 'right' },
          { title: t('dashboard.col.today'), dataIndex: 'todayFollowups', align: 'right' },
          {
            title: t('dashboard.col.overdue'),
            dataIndex: 'overdue',
            align: 'right',
            render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : undefined}>{v}</Typography.Text>,
          },
          {
            title: t('dashboard.col.conversion'),
            dataIndex: 'conversion',
            align: 'right',
            render: (v: number) => `${Math.round(v * 1000) / 10}%`,
          },
          {
            title: t('kpi.dashboard.month'),
            key: 'targets',
            render: (_: unknown, r) => <TargetGlance targets={targets.get(r.id)} />,
          },
        ]}
      />
    </Card>
  );
}
