import { EditOutlined, EyeOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { LeadOut } from '../../../src-shared/contract/leads';
import type { T } from '../../app/i18n';
import { Clip, clipStyle } from '../../ui/clip';
import { formatDateTime, formatPhone } from '../../ui/format';
import { StatusTag } from '../../ui/lead-tags';

/** The leads list's columns: sortable name, status and date; the row's view, edit and (team) assign buttons. */
export function leadColumns(
  t: T,
  input: { sort?: string; order?: 'asc' | 'desc' },
  on: { team: boolean; view: (l: LeadOut) => void; edit: (l: LeadOut) => void; assign: (l: LeadOut) => void },
): ColumnsType<LeadOut> {
  const sortOrder = (key: string) => (input.sort === key ? (input.order === 'asc' ? 'ascend' : 'descend') : null);
  return [
    {
      title: t('leads.name'),
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, l) => (
        <Link to={`/leads/${l.id}`} title={l.name} style={clipStyle(200)}>
          {l.name}
        </Link>
      ),
    },
    {
      title: t('leads.phone'),
      dataIndex: 'phone',
      render: (p: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatPhone(p)}</span>,
    },
    {
      title: t('leads.status'),
      key: 'status',
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (_, l) => <StatusTag status={l.status} />,
    },
    {
      title: t('leads.source'),
      dataIndex: 'source',
      render: (s: LeadOut['source']) => <Clip text={t(`source.${s}`)} max={130} />,
    },
    {
      title: t('leads.course'),
      dataIndex: 'courseName',
      render: (v: string | null) => (v ? <Clip text={v} max={140} /> : '—'),
    },
    {
      title: t('leads.seller'),
      dataIndex: 'sellerName',
      render: (v: string | null) =>
        v ? <Clip text={v} max={160} /> : <Typography.Text type="warning">{t('leads.unassigned')}</Typography.Text>,
    },
    {
      title: t('leads.createdAt'),
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      render: (_, l) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(l.createdAt)}</span>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, l) => (
        <Space size={4}>
          <Button
            size="small"
            type="text"
            icon={<EyeOutlined />}
            title={t('leads.view')}
            aria-label={t('leads.view')}
            onClick={() => on.view(l)}
          />
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            title={t('common.edit')}
            aria-label={t('common.edit')}
            onClick={() => on.edit(l)}
          />
          {on.team && (
            <Button
              size="small"
              type="text"
              icon={<UserSwitchOutlined />}
              title={t('leads.assign')}
              aria-label={t('leads.assign')}
              onClick={() => on.assign(l)}
            />
          )}
        </Space>
      ),
    },
  ];
}
