import type { Rule } from 'antd/es/form';
import { PASSWORD_RULES } from '../../src-shared/domain/password';
import type { T } from '../app/i18n';

/** The same rules the core enforces, checked as the user types; each broken one shows its own line. */
export function passwordRules(t: T): Rule[] {
  return [
    { required: true, message: t('field.required') },
    () => ({
      validator: (_, value: string | undefined) => {
        if (!value) return Promise.resolve();
        const broken = PASSWORD_RULES.filter((r) => !r.test(value));
        return broken.length ? Promise.reject(broken.map((r) => t(r.key)).join('. ')) : Promise.resolve();
      },
    }),
  ];
}
