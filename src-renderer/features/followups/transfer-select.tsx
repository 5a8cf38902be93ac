import { Select, Space } from 'antd';
import type { SelectProps } from 'antd';
import type { UserOut } from '../../../src-shared/contract/users';
import { api } from '../../api/client';
import { ofType } from '../../ui/live';
import { AwayTags } from '../../ui/on-leave';
import { useRpc } from '../../ui/use-rpc';

export const sellerName = (u: UserOut) => `${u.firstName} ${u.lastName}`.trim();

/**
 * Who may take the calls: active sellers, those at work first; one marked absent or on leave today
 * stays choosable (the calls wait for their return) but is marked "Ishda emas" / "Ruxsatda" and put last.
 */
export function TransferSelect({
  value,
  onChange,
  style,
  placeholder,
}: Pick<SelectProps<number>, 'style' | 'placeholder'> & {
  value: number | undefined;
  onChange(seller: UserOut | undefined): void;
}) {
  const { data } = useRpc(() => api.users.list({ role: 'seller', activeOnly: true }), [], ofType('user.changed'));
  const away = (u: UserOut) => Number(!!u.absentNow || !!u.onLeaveNow);
  const sellers = [...(data ?? [])].sort((a, b) => away(a) - away(b) || sellerName(a).localeCompare(sellerName(b)));
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'search' }}
      allowClear
      value={value}
      placeholder={placeholder}
      style={style}
      popupMatchSelectWidth={false}
      onChange={(id) => onChange(sellers.find((u) => u.id === id))}
      options={sellers.map((u) => ({
        value: u.id,
        search: sellerName(u),
        label: away(u) ? (
          <Space size={4}>
            {sellerName(u)}
            <AwayTags user={u} />
          </Space>
        ) : (
          sellerName(u)
        ),
      }))}
      data-testid="transfer-select"
    />
  );
}
