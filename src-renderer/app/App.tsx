import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { HashRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { api } from '../api/client';
import { LoginPage } from '../features/auth/login.page';
import { SetupPage } from '../features/auth/setup.page';
import { RecoveryPage } from '../features/backups/recovery.page';
import { ConnectionPage } from '../features/connection/connection.page';
import { RpcError } from '../../src-shared/contract/errors';
import { errorText } from '../ui/errors';
import { useLiveRefresh } from '../ui/live';
import { useI18n } from './i18n';
import { AppLayout } from './layout';
import { allPages } from './routes';
import { useSession } from './session';

export function App() {
  const { t } = useI18n();
  const { user, loading, refresh } = useSession();
  const [needsSetup, setNeedsSetup] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [recovery, setRecovery] = useState(false);

  const check = useCallback(() => {
    setFailure(null);
    api.auth
      .setupStatus()
      .then((s) => setNeedsSetup(s.needsSetup))
      .catch((e) => {
        // Started on a damaged database (SPEC §12): the recovery page instead of the app.
        if (e instanceof RpcError && e.body.details.key === 'backups.databaseDamaged') setRecovery(true);
        else setFailure(errorText(e, t));
      });
  }, [t]);
  useEffect(check, [check]);

  // Live refresh of the signed-in user (e.g. an admin marks them absent on another desktop).
  const userId = user?.id;
  useLiveRefresh(userId ? (e) => e.type === 'user.changed' && e.ids.includes(userId) : null, () => void refresh());

  if (recovery) return <RecoveryPage />;
  if (failure)
    return <Result status="warning" title={failure} extra={<Button onClick={check}>{t('common.retry')}</Button>} />;
  if (needsSetup === null || loading) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  if (needsSetup) return <SetupPage onDone={() => setNeedsSetup(false)} />;

  return (
    <HashRouter>
      {user ? (
        <Routes>
          <Route element={<AppLayout />}>
            {allPages().map((p) => (
              <Route
                key={p.path}
                path={p.path}
                element={p.roles.includes(user.role) ? p.element : <Result status="403" title={t('error.forbidden')} />}
              />
            ))}
            <Route path="*" element={<Navigate to="/dashboard" replace />} />
          </Route>
        </Routes>
      ) : (
        <Routes>
          {/* The desktop's "Ulanish" before signing in: a client whose primary is gone must reach it. */}
          <Route
            path="/connection"
            element={
              <div style={{ padding: 24 }}>
                <Link to="/">← {t('login.title')}</Link>
                <ConnectionPage />
              </div>
            }
          />
          <Route path="*" element={<LoginPage />} />
        </Routes>
      )}
    </HashRouter>
  );
}
