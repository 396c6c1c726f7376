import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, RoleId, Scenario, Task } from '../../model';
import { Dialog } from '../Dialog';
import { formatNumber, isHundredPercent } from '../format';
import { sortedByName } from '../fields/options';
import { useLanguage, useScenarioCommand } from '../fields/useScenarioCommand';
import { rowsSum, type ShareRow } from '../shares';
import './assignments.css';
import { ShareRowItem } from './ShareRowItem';
import { useShareRows } from './useShareRows';

interface AssignmentsDialogProps {
  task: Task;
  scenario: Scenario;
  onClose: () => void;
}

/**
 * Who holds a task and with what share. Nothing is dispatched until Save, and Save
 * refuses shares that do not add up to 100 %, so the document never holds a broken sum.
 */
export function AssignmentsDialog({ task, scenario, onClose }: AssignmentsDialogProps) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const listRef = useRef<HTMLUListElement>(null);
  const shares = useShareRows(task, (assignments) => {
    if (run('setAssignments', { id: task.id, assignments }).ok) onClose();
  });
  const held = new Set(shares.rows.map((r) => r.roleId));
  const add = (roleId: RoleId) => {
    shares.add(roleId);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  const actions = (
    <>
      <button type="button" onClick={onClose} data-testid="assignments.cancel">
        {t('app.dialog.cancel')}
      </button>
      <button type="button" className="primary" onClick={shares.save} data-testid="assignments.save">
        {t('app.dialog.save')}
      </button>
    </>
  );
  return (
    <Dialog
      title={t('ui.assignments.title', { task: task.name })}
      onClose={onClose}
      testId="assignments.dialog"
      actions={actions}
    >
      <div
        className="assign-form"
        onKeyDown={(e) => {
          // Enter in a share input saves, like the dialog's primary button.
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
            e.preventDefault();
            shares.save();
          }
        }}
      >
        {shares.rows.length === 0 ? (
          <p className="muted">{t('ui.assignments.empty')}</p>
        ) : (
          <ul className="assign-list" ref={listRef} data-testid="assignments.rows">
            {shares.rows.map((row, i) => (
              <ShareRowItem
                key={row.roleId}
                row={row}
                role={scenario.roles[row.roleId]}
                unitName={unitNameOf(scenario, row.roleId)}
                onChange={(text) => shares.edit(i, text)}
                onRemove={() => shares.remove(i)}
              />
            ))}
          </ul>
        )}
        <AssignmentsFooter
          rows={shares.rows}
          addable={sortedByName(scenario.roles).filter((r) => !held.has(r.id))}
          onAdd={add}
          onSplit={shares.split}
        />
        {shares.error && (
          <div className="field-error assign-error" role="alert" data-testid="assignments.error">
            {shares.error}
          </div>
        )}
      </div>
    </Dialog>
  );
}

interface FooterProps {
  rows: readonly ShareRow[];
  addable: readonly Role[];
  onAdd: (roleId: RoleId) => void;
  onSplit: () => void;
}

/** Add a holder, split evenly, and the live total that must reach 100 %. */
function AssignmentsFooter({ rows, addable, onAdd, onSplit }: FooterProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sum = rowsSum(rows);
  const ok = rows.length === 0 || isHundredPercent([sum]);
  return (
    <div className="assign-footer">
      <select
        value=""
        className="chip-add"
        data-testid="assignments.add"
        aria-label={t('ui.assignments.addRole')}
        disabled={addable.length === 0}
        onChange={(e) => e.target.value && onAdd(e.target.value as RoleId)}
      >
        <option value="">
          {addable.length || rows.length ? t('ui.assignments.addRole') : t('ui.assignments.noRoles')}
        </option>
        {addable.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={rows.length < 2} data-testid="assignments.split" onClick={onSplit}>
        {t('ui.assignments.split')}
      </button>
      <span className={`assign-sum ${ok ? 'is-ok' : 'is-off'}`} data-testid="assignments.sum" aria-live="polite">
        {t('ui.assignments.sum', { percent: formatNumber(sum, language, 2) })}
      </span>
    </div>
  );
}

function unitNameOf(scenario: Scenario, roleId: RoleId): string | undefined {
  const unitId = scenario.roles[roleId]?.unitId;
  return unitId ? scenario.units[unitId]?.name : undefined;
}
