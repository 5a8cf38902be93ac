/**
 * After a restore every window goes back to the login page and says why: the flag survives the
 * sign-out (sessionStorage, this window only) and the login page shows it once.
 */
const KEY = 'crm.restored';

export const markRestored = () => sessionStorage.setItem(KEY, '1');

/** True once after a restore (the login page reads and clears it). */
export function takeRestored(): boolean {
  const was = sessionStorage.getItem(KEY) === '1';
  sessionStorage.removeItem(KEY);
  return was;
}
