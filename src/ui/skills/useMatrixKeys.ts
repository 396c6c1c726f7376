import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import type { QualificationLevel, RoleId, WorkstationId } from '../../model';

export interface CellRef {
  roleId: RoleId;
  workstationId: WorkstationId;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function cellElement(root: HTMLElement | null, cell: CellRef): HTMLElement | null {
  return (
    root?.querySelector<HTMLElement>(
      `[data-role-id="${CSS.escape(cell.roleId)}"][data-workstation-id="${CSS.escape(cell.workstationId)}"]`,
    ) ?? null
  );
}

export function cellOf(el: HTMLElement): CellRef | null {
  const { roleId, workstationId } = el.dataset;
  return roleId && workstationId ? { roleId: roleId as RoleId, workstationId: workstationId as WorkstationId } : null;
}

interface MatrixKeysOptions {
  root: RefObject<HTMLElement | null>;
  roleIds: readonly RoleId[];
  workstationIds: readonly WorkstationId[];
  setLevel: (cell: CellRef, level: QualificationLevel) => void;
  openMenu: (cell: CellRef, anchor: HTMLElement) => void;
}

/**
 * Spreadsheet keys for the skills matrix with one tab stop (roving tabindex): arrows,
 * Home and End move; digits 0–4 set the level; Delete clears it; Enter, Space or F2 open
 * the level menu. Handled keys are marked so the editor's global shortcuts (nudge,
 * delete selection) leave them alone.
 */
export function useMatrixKeys({ root, roleIds, workstationIds, setLevel, openMenu }: MatrixKeysOptions) {
  const [active, setActive] = useState<CellRef | null>(null);

  const focusCell = useCallback(
    (cell: CellRef) => {
      setActive(cell);
      const el = cellElement(root.current, cell);
      el?.focus();
      el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [root],
  );

  const move = useCallback(
    (cell: CellRef, key: string) => {
      let r = roleIds.indexOf(cell.roleId);
      let c = workstationIds.indexOf(cell.workstationId);
      const delta = MOVES[key];
      if (delta) [r, c] = [r + delta[0], c + delta[1]];
      else if (key === 'Home') c = 0;
      else if (key === 'End') c = workstationIds.length - 1;
      const roleId = roleIds[r];
      const workstationId = workstationIds[c];
      if (roleId && workstationId) focusCell({ roleId, workstationId });
    },
    [roleIds, workstationIds, focusCell],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const target = e.target as HTMLElement;
      const cell = cellOf(target);
      if (!cell || e.altKey || e.ctrlKey || e.metaKey) return;
      if (MOVES[e.key] || e.key === 'Home' || e.key === 'End') move(cell, e.key);
      else if (/^[0-4]$/.test(e.key)) setLevel(cell, Number(e.key) as QualificationLevel);
      else if (e.key === 'Delete' || e.key === 'Backspace') setLevel(cell, 0);
      else if (e.key === 'Enter' || e.key === ' ' || e.key === 'F2') openMenu(cell, target);
      else return;
      e.preventDefault();
    },
    [move, setLevel, openMenu],
  );

  return { active, setActive, focusCell, onKeyDown };
}
