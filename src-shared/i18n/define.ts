/**
 * One feature's messages, three languages side by side.
 * `uz` fixes the keys; `ru` and `en` must have exactly the same keys (a missing or extra key does not compile).
 */
export interface FeatureText<K extends string> {
  /** Uzbek (Latin) — the default language; labels follow the user manual word for word. */
  uz: Record<K, string>;
  ru: Record<K, string>;
  en: Record<K, string>;
}

export const defineText = <K extends string>(text: {
  uz: Record<K, string>;
  ru: NoInfer<Record<K, string>>;
  en: NoInfer<Record<K, string>>;
}): FeatureText<K> => text;
