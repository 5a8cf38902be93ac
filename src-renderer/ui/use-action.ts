import { App } from 'antd';
import type { MsgKey } from '../../src-shared/i18n/index';
import { useI18n } from '../app/i18n';
import { errorText } from './errors';

/**
 * The one way a row's button runs its call: the success toast, or the server's refusal as a toast in
 * the user's language; then `after` (a reload) either way, so the row shows what is true now.
 */
export function useAction() {
  const { t } = useI18n();
  const { message } = App.useApp();
  return async (call: () => Promise<unknown>, success: MsgKey | null, after?: () => unknown) => {
    try {
      await call();
      if (success) message.success(t(success));
    } catch (e) {
      message.error(errorText(e, t));
    }
    await after?.();
  };
}
