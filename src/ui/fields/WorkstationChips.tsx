import { useTranslation } from 'react-i18next';
import type { Scenario, WorkstationId } from '../../model';
import { workstationGroups } from './options';

interface WorkstationChipsProps {
  scenario: Scenario;
  selected: readonly WorkstationId[];
  onChange: (next: WorkstationId[]) => void;
  testId: string;
  /** A route step needs at least one workstation, so its last chip cannot be removed. */
  keepOne?: boolean;
  addLabel?: string;
  ariaLabel: string;
}

/** Chosen workstations as removable chips, plus a picker to add one more. */
export function WorkstationChips({
  scenario,
  selected,
  onChange,
  testId,
  keepOne,
  addLabel,
  ariaLabel,
}: WorkstationChipsProps) {
  const { t } = useTranslation();
  const chosen = new Set(selected);
  const groups = workstationGroups(scenario)
    .map((g) => ({ ...g, workstations: g.workstations.filter((w) => !chosen.has(w.id)) }))
    .filter((g) => g.workstations.length > 0);
  const canRemove = !keepOne || selected.length > 1;
  return (
    <div className="ws-chips" data-testid={testId} role="group" aria-label={ariaLabel}>
      {selected.map((id) => {
        const name = scenario.workstations[id]?.name ?? id;
        return (
          <span key={id} className="chip chip-ws" data-workstation-id={id}>
            <span className="chip-text">{name}</span>
            {canRemove && (
              <button
                type="button"
                className="chip-remove"
                aria-label={t('ui.common.removeItem', { name })}
                title={t('ui.common.removeItem', { name })}
                onClick={() => onChange(selected.filter((w) => w !== id))}
              >
                ×
              </button>
            )}
          </span>
        );
      })}
      {groups.length > 0 && (
        <select
          className="chip-add"
          value=""
          aria-label={addLabel ?? t('ui.common.addWorkstation')}
          data-testid={`${testId}.add`}
          onChange={(e) => e.target.value && onChange([...selected, e.target.value as WorkstationId])}
        >
          <option value="">{addLabel ?? t('ui.common.addWorkstation')}</option>
          {groups.map((g) => (
            <optgroup key={g.unit?.id ?? 'none'} label={g.unit?.name ?? t('ui.common.noUnit')}>
              {g.workstations.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </div>
  );
}
