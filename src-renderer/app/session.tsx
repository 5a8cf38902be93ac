import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RpcError } from '../../src-shared/contract/errors';
import type { UserOut } from '../../src-shared/contract/users';
import { api, transport } from '../api/client';

interface Session {
  user: UserOut | null;
  /** True until the first `auth.me` answer. */
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserOut | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    if (!transport.hasToken()) {
      setUser(null);
      return;
    }
    try {
      setUser(await api.auth.me());
    } catch (e) {
      if (e instanceof RpcError && e.code === 'UNAUTHENTICATED') {
        transport.setToken(null);
        setUser(null);
      } else throw e;
    }
  }, []);

  useEffect(() => {
    refresh()
      .catch(() => {})
      .finally(() => setLoading(false));
  }, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    const res = await api.auth.login({ username, password });
    transport.setToken(res.token);
    setUser(res.user);
  }, []);

  const logout = useCallback(async () => {
    await api.auth.logout().catch(() => {});
    transport.setToken(null);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, loading, login, logout, refresh }), [user, loading, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in user; only used under the authenticated layout. */
export function useUser(): UserOut {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a user');
  return user;
}
