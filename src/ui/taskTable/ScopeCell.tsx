import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, Task, WorkstationId } from '../../model';
import { workstationGroups } from '../fields/options';

interface ScopeCellProps {
  task: Task;
  col: number;
  places: Pick<Scenario, 'units' | 'workstations'>;
  onChange: (scope: WorkstationId[]) => void;
}

/** The task's workstations; the button opens a checklist, each tick one undo step. */
export function ScopeCell({ task, col, places, onChange }: ScopeCellProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  const names = task.scope.map((w) => places.workstations[w]?.name ?? w);
  const close = useCallback(() => {
    anchor?.focus();
    setAnchor(null);
  }, [anchor]);
  return (
    <>
      <button
        type="button"
        className="cell-button"
        data-col={col}
        data-testid="task-table.cell.scope"
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-label={t('ui.taskTable.editScope', { task: task.name })}
        title={names.join(', ')}
        onClick={(e) => setAnchor(anchor ? null : e.currentTarget)}
      >
        {names.length === 0 ? (
          <span className="muted">{t('ui.taskTable.noScope')}</span>
        ) : (
          <span className="cell-ellipsis">{names.join(', ')}</span>
        )}
      </button>
      {anchor && <ScopePopover anchor={anchor} task={task} places={places} onChange={onChange} onClose={close} />}
    </>
  );
}

interface PopoverProps {
  anchor: HTMLElement;
  task: Task;
  places: Pick<Scenario, 'units' | 'workstations'>;
  onChange: (scope: WorkstationId[]) => void;
  onClose: () => void;
}

function ScopePopover({ anchor, task, places, onChange, onClose }: PopoverProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const groups = workstationGroups(places);
  const chosen = new Set(task.scope);
  useLayoutEffect(() => {
    // Fixed positioning escapes the table's scroll container; flip up near the bottom.
    const el = ref.current;
    if (!el) return;
    const r = anchor.getBoundingClientRect();
    const top =
      r.bottom + 4 + el.offsetHeight > window.innerHeight ? Math.max(8, r.top - 4 - el.offsetHeight) : r.bottom + 4;
    el.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - el.offsetWidth - 8))}px`;
    el.style.top = `${top}px`;
    el.querySelector<HTMLInputElement>('input')?.focus();
  }, [anchor]);
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node) && !anchor.contains(e.target as Node)) onClose();
    };
    // The popover is fixed, so scrolling the table would leave it behind: close it instead.
    const onScroll = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('mousedown', onDown);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [anchor, onClose]);
  const toggle = (id: WorkstationId, on: boolean) =>
    onChange(on ? [...task.scope, id] : task.scope.filter((w) => w !== id));
  return (
    <div
      ref={ref}
      className="popover scope-popover"
      role="dialog"
      aria-label={t('model.field.scope')}
      data-testid="task-table.scope-popover"
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && e.target instanceof HTMLInputElement)) {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {groups.length === 0 && <p className="muted">{t('ui.inspector.noWorkstations')}</p>}
      {groups.map((g) => (
        <fieldset key={g.unit?.id ?? 'none'} className="scope-group">
          <legend>{g.unit?.name ?? t('ui.common.noUnit')}</legend>
          {g.workstations.map((w) => (
            <label key={w.id} className="scope-option">
              <input
                type="checkbox"
                checked={chosen.has(w.id)}
                onChange={(e) => toggle(w.id, e.target.checked)}
                data-workstation-id={w.id}
              />
              <span>{w.name}</span>
              {w.processType && <span className="muted scope-type">{w.processType}</span>}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="popover-actions">
        <button type="button" onClick={onClose} data-testid="task-table.scope-done">
          {t('ui.common.done')}
        </button>
      </div>
    </div>
  );
}
