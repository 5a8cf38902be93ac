const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/** The bytes of a base64 text (what the core sends files as). */
export function base64ToBytes(contentBase64: string): Uint8Array<ArrayBuffer> {
  const text = atob(contentBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Saves a file the core sent (an export, an import report) the way a browser saves a download: a
 * Blob behind an `<a download>` click — Electron asks where to save it, a browser puts it in Downloads.
 */
export function downloadBase64(fileName: string, contentBase64: string): void {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([base64ToBytes(contentBase64)], { type: MIME[ext] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken the bytes by the next tick; a minute is ample for a slow save dialog.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
