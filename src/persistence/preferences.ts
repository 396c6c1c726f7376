/**
 * Small per-browser preferences that must be known before the first render (the
 * language), so they live in localStorage rather than in the asynchronous database.
 */
const LANGUAGE_KEY = 'latitude.language';

export function readLanguagePreference(): 'en' | 'nl' | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return value === 'en' || value === 'nl' ? value : null;
  } catch {
    return null;
  }
}

export function writeLanguagePreference(language: 'en' | 'nl'): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this session only.
  }
}
