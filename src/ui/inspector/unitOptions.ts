import type { TFunction } from 'i18next';
import type { Scenario } from '../../model';
import { sortedByName } from '../fields/options';
import type { Option } from './fields';

/** Value of the "none" choice in selects of optional references. */
export const NONE = '';

export function unitOptions(s: Scenario, t: TFunction): Option[] {
  return [
    { value: NONE, label: t('model.field.none') },
    ...sortedByName(s.units).map((u) => ({ value: u.id, label: u.name })),
  ];
}
