import type { BackupOut } from '../../../src-shared/contract/backups';
import { api } from '../../api/client';

/**
 * "Yuklab olish": in a browser, a plain link the browser saves to disk as it streams (a backup may be
 * hundreds of MB), opened with a one-time ticket, never the token. In the desktop window the main
 * process asks where to save it and copies the file.
 */
export async function downloadBackup(b: BackupOut): Promise<void> {
  if (window.crm) {
    await api.backups.download({ name: b.name });
    return;
  }
  const token = localStorage.getItem('crm.token');
  const res = await fetch('/api/events/ticket', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    // The same refusal the RPC would give (signed out, no right): let the caller show it.
    await api.backups.download({ name: b.name });
    return;
  }
  const { ticket } = (await res.json()) as { ticket: string };
  const a = document.createElement('a');
  a.href = `/api/backups/file/${encodeURIComponent(b.name)}?ticket=${encodeURIComponent(ticket)}`;
  a.download = b.name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
