import { api } from '../../api/client';
import { useUser } from '../../app/session';
import { messagesOf } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';

/** How many of my messages are unread, kept live in every window (the header's badge). */
export function useUnreadMessages(): number {
  const user = useUser();
  const { data } = useRpc(
    () => api.messages.inbox({ pageSize: 1 }).then((r) => r.unread),
    [user.id],
    messagesOf(user.id),
  );
  return data ?? 0;
}
