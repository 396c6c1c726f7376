import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readLanguagePreference } from '../persistence/preferences';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

type Catalogue = Record<string, unknown>;

/**
 * Each language's messages come in two chunks: what the first screen shows (start.ts) and
 * the rest, for the views and dialogs that load on first use (rest.ts). Only the active
 * language's start chunk loads before the app renders; see `withAllMessages`.
 */
const START: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('./en/start').then((m) => m.start),
  nl: () => import('./nl/start').then((m) => m.start),
};
const REST: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('./en/rest').then((m) => m.rest),
  nl: () => import('./nl/rest').then((m) => m.rest),
};

const loaded = new Map<string, Promise<void>>();

/** Adds one part of a language's messages, fetching it once. Parts share areas, so merge deep. */
function loadPart(language: Language, part: 'start' | 'rest'): Promise<void> {
  const key = `${language}:${part}`;
  let done = loaded.get(key);
  if (!done) {
    const fetchPart = (part === 'start' ? START : REST)[language];
    done = fetchPart().then((messages) => {
      i18next.addResourceBundle(language, 'translation', messages, true, false);
    });
    // A failed fetch (offline before the service worker had the chunk) may be tried again.
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

/** Makes sure every message of the language is in. */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([loadPart(language, 'start'), loadPart(language, 'rest')]);
}

const activeLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');

/** Makes sure every message of the language the app shows is in. */
export const loadActiveLanguage = (): Promise<void> => loadLanguage(activeLanguage());

/**
 * Loads a part of the app that is not on the first screen together with the rest of the
 * active language's messages, so it never renders a key in place of a message.
 */
export async function withAllMessages<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), loadActiveLanguage()]);
  return module;
}

/** Loads the language's messages, then switches the whole app to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Starts the message layer; the remembered language wins over the browser's. Resolves
 * once the first screen's messages in that language are in: render nothing before.
 */
export async function initI18n(language?: Language): Promise<typeof i18next> {
  const browser = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const lng = language ?? readLanguagePreference() ?? browser;
  void i18next.use(initReactI18next).init({
    resources: {},
    lng,
    // Both catalogues have every key (types.ts), so no second language is needed as a fallback.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  await loadPart(lng, 'start');
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18next;
}

export { i18next };
