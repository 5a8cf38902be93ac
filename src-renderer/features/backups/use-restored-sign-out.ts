import { useEffect } from 'react';
import { transport } from '../../api/client';
import { useSession } from '../../app/session';
import { markRestored } from './restored';

/** A restore anywhere ends every session: this window goes to the login page, which says why. */
export function useRestoredSignOut() {
  const { logout } = useSession();
  useEffect(
    () =>
      transport.subscribe((e) => {
        if (e.type !== 'system.restored') return;
        markRestored();
        void logout();
      }),
    [logout],
  );
}
