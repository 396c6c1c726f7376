import type { TFunction } from 'i18next';
import { formatNumber } from '../format';

/** "1.2 MB" in the user's language; decimal units, as browsers and file managers show them. */
export function formatBytes(bytes: number, t: TFunction, language: string): string {
  const units = [
    ['gb', 1e9],
    ['mb', 1e6],
    ['kb', 1e3],
  ] as const;
  for (const [unit, size] of units)
    if (bytes >= size) return t(`storage.bytes.${unit}`, { n: formatNumber(bytes / size, language, bytes >= size * 10 ? 0 : 1) });
  return t('storage.bytes.b', { n: formatNumber(bytes, language, 0) });
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}
