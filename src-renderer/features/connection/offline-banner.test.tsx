import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';

// The banner as the window renders it, in Node: the few browser globals the i18n provider reads.
beforeAll(() => {
  const store = new Map<string, string>([['crm.lang', 'uz']]);
  Object.assign(globalThis, {
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) },
    document: { documentElement: {} },
  });
});

describe('OfflineBanner', () => {
  it('says the primary cannot be reached and what is shown may be old; nothing while online', async () => {
    const { I18nProvider } = await import('../../app/i18n');
    const { OfflineBanner } = await import('./offline-banner');
    const offline = renderToStaticMarkup(
      <I18nProvider>
        <OfflineBanner online={false} />
      </I18nProvider>,
    );
    expect(offline).toContain('data-testid="offline-banner"');
    expect(offline).toContain('Markaziy kompyuter bilan aloqa yo&#x27;q');
    expect(offline).toContain('eskirgan');
    const online = renderToStaticMarkup(
      <I18nProvider>
        <OfflineBanner online />
      </I18nProvider>,
    );
    expect(online).not.toContain('offline-banner');
  });
});
