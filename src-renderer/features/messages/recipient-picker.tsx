import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, Empty, Flex, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { UserOut } from '../../../src-shared/contract/users';
import { nameTokens } from '../../../src-shared/domain/name-search';
import type { Role } from '../../../src-shared/domain/roles';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { ofType } from '../../ui/live';
import { AwayTags } from '../../ui/on-leave';
import { useRpc } from '../../ui/use-rpc';

const fullName = (u: UserOut) => `${u.firstName} ${u.lastName}`.trim();
/** Sellers first (whom most messages are for), then managers, then the admin. */
const ROLE_ORDER: Record<Role, number> = { seller: 0, manager: 1, admin: 2 };

/** Every word typed starts a word of the name, however it is spelt (domain/name-search.ts). */
function matches(query: string[], name: string): boolean {
  const words = nameTokens(name);
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * "Tanlangan foydalanuvchilar": the active users (not me), a checkbox each with their role, found by
 * name. The chosen ids are the form's `name` field (at least one); users hidden by the search stay chosen.
 */
export function RecipientPicker({ name }: { name: string }) {
  const { t } = useI18n();
  const me = useUser();
  const form = Form.useFormInstance();
  const chosen = (Form.useWatch(name, form) as number[] | undefined) ?? [];
  const [query, setQuery] = useState('');
  const { data, loading } = useRpc(() => api.users.list({ activeOnly: true }), [], ofType('user.changed'));
  const users = (data ?? [])
    .filter((u) => u.id !== me.id)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || fullName(a).localeCompare(fullName(b)));
  const words = nameTokens(query);
  const shown = users.filter((u) => matches(words, fullName(u)));

  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 8 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('messages.searchUsers')}
          aria-label={t('messages.searchUsers')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 320 }}
          data-testid="recipient-search"
        />
        <Typography.Text type="secondary">{t('messages.chosenCount', { count: chosen.length })}</Typography.Text>
      </Flex>
      <Form.Item
        name={name}
        rules={[
          {
            validator: (_, v?: number[]) =>
              v?.length ? Promise.resolve() : Promise.reject(new Error(t('messages.chooseAtLeastOne'))),
          },
        ]}
      >
        <Checklist users={shown} loading={loading} empty={!!data && shown.length === 0} />
      </Form.Item>
    </>
  );
}

/** The users as checkboxes; `value` may hold users not shown (filtered out by the search). */
function Checklist({
  users,
  loading,
  empty,
  value = [],
  onChange,
}: {
  users: UserOut[];
  loading: boolean;
  empty: boolean;
  value?: number[];
  onChange?(value: number[]): void;
}) {
  const { t } = useI18n();
  const { status } = Form.Item.useStatus();
  const chosen = new Set(value);
  const toggle = (userId: number, on: boolean) =>
    onChange?.(on ? [...value, userId] : value.filter((v) => v !== userId));
  return (
    <Spin spinning={loading}>
      <div
        style={{
          border: `1px solid ${status === 'error' ? '#ff4d4f' : '#d9d9d9'}`,
          borderRadius: 6,
          maxHeight: 300,
          minHeight: 60,
          overflowY: 'auto',
          padding: '4px 12px',
        }}
        data-testid="recipient-list"
      >
        {users.map((u) => (
          <div key={u.id} style={{ padding: '6px 0' }}>
            <Checkbox
              checked={chosen.has(u.id)}
              onChange={(e) => toggle(u.id, e.target.checked)}
              data-testid={`recipient-${u.id}`}
            >
              <Space size={6} wrap>
                <span>{fullName(u)}</span>
                <Tag color={u.role === 'seller' ? 'cyan' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
                  {t(`role.${u.role}`)}
                </Tag>
                <AwayTags user={u} />
              </Space>
            </Checkbox>
          </div>
        ))}
        {empty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('messages.noUserFound')} />}
      </div>
    </Spin>
  );
}
