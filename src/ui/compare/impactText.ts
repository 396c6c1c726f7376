import type { TFunction } from 'i18next';
import type { ImpactItem } from '../../analysis/impact';
import { formatNumber } from '../format';

/**
 * An impact item in the user's language. The engine hands over codes, not words: quadrant
 * ids, parameter keys and WEBA criterion numbers are named here, numbers are written the
 * way the language writes them ("0,64" in Dutch).
 */
export function impactText(item: ImpactItem, t: TFunction, language: string): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(item.params)) {
    if (typeof value === 'number') params[name] = formatNumber(value, language, 2);
    else if (name === 'quadrantFrom' || name === 'quadrantTo') params[name] = t(`analysis.quadrant.${value}.name`).toLocaleLowerCase(language);
    else if (name === 'parameter') params[name] = `${value} ${t(`analysis.parameter.${value}.name`)}`;
    else if (name === 'criteria') params[name] = criteriaText(value, t);
    else params[name] = value;
  }
  return t(`compare.impact.item.${item.key}`, params);
}

/** "2, 7" → "2 (organising tasks), 7 (information and feedback)". */
export function criteriaText(list: string, t: TFunction): string {
  return list
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => `${c} (${t(`analysis.weba.${c}`)})`)
    .join(', ');
}
