import { api } from '../../api/client';
import { useUser } from '../../app/session';
import { ofType } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';

/** How many leave requests wait for a decision ("Kutilmoqda"), kept live: admin and managers; 0 for a seller. */
export function usePendingLeave(): number {
  const user = useUser();
  const team = user.role !== 'seller';
  const { data } = useRpc(
    () => (team ? api.leave.list({ status: 'pending', pageSize: 1 }).then((r) => r.total) : Promise.resolve(0)),
    [team],
    team ? ofType('leave.changed') : null,
  );
  return data ?? 0;
}
