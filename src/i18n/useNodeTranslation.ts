import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const currentLanguage = () => i18next.language;

const fixedT = new Map<string, TFunction>();

/**
 * useTranslation for what is drawn thousands of times (canvas nodes and their parts): the
 * same messages and the same re-render on a language switch, without the per-component
 * copy of the i18next instance react-i18next makes on mount (about 0.03 ms each, 150 ms
 * when a plant of 1,000 roles opens). Use it only where the start messages suffice, as on
 * the first screen: it does not wait for or follow messages loaded later.
 */
export function useNodeTranslation(): { t: TFunction; language: string } {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  let t = fixedT.get(language);
  if (!t) {
    t = i18next.getFixedT(language);
    fixedT.set(language, t);
  }
  return { t, language };
}
