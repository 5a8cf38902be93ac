import { App, Empty, Form, Input, InputNumber, Table } from 'antd';
import { useState } from 'react';
import type { RoomOut } from '../../../src-shared/contract/catalog';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { EditDelete } from '../../ui/edit-delete';
import { errorText } from '../../ui/errors';
import { FormModal, numberRange, required } from '../../ui/form-modal';
import { PageCard } from '../../ui/page-card';
import { useRpc } from '../../ui/use-rpc';

/** "Tizim → Xonalar" (admin). */
export function RoomsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<RoomOut | null | undefined>(undefined);
  const { data, error, loading, reload } = useRpc(() => api.rooms.list(), []);
  const remove = (r: RoomOut) =>
    api.rooms
      .delete({ id: r.id })
      .then(reload)
      .catch((e) => message.error(errorText(e, t)));

  return (
    <PageCard title={t('menu.system.rooms')} addLabel={t('rooms.new')} onAdd={() => setEditing(null)} error={error}>
      <Table<RoomOut>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('rooms.empty')} /> }}
        columns={[
          { title: t('rooms.name'), dataIndex: 'name' },
          { title: t('rooms.capacity'), dataIndex: 'capacity', align: 'right' },
          { title: t('menu.system.groups'), dataIndex: 'groupCount', align: 'right' },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <EditDelete
                onEdit={() => setEditing(r)}
                onDelete={() => remove(r)}
                confirm={t('rooms.deleteConfirm', { name: r.name })}
              />
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <FormModal<{ name: string; capacity: number }>
          title={editing ? `${t('common.edit')}: ${editing.name}` : t('rooms.new')}
          initialValues={editing ?? { capacity: 15 }}
          onClose={() => setEditing(undefined)}
          onSubmit={async (v) => {
            await (editing ? api.rooms.update({ id: editing.id, ...v }) : api.rooms.create(v));
            await reload();
          }}
        >
          <Form.Item name="name" label={t('rooms.name')} rules={required(t)}>
            <Input placeholder="Xona 101" />
          </Form.Item>
          <Form.Item name="capacity" label={t('rooms.capacity')} rules={[...required(t), numberRange(t, 1, 1000)]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      )}
    </PageCard>
  );
}
