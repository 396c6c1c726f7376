import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleId, Task } from '../../model';
import { evenShares, formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { checkRows, editRow, remainingPercent, rowsFromAssignments, shareRow, type ShareRow } from '../shares';

/**
 * The assignments editor's working copy: rows typed in percent, the reason Save was
 * refused, and `save`, which hands valid fractions to `onValid` and otherwise explains.
 */
export function useShareRows(task: Task, onValid: (assignments: Task['assignments']) => void) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [rows, setRows] = useState<ShareRow[]>(() => rowsFromAssignments(task.assignments, language));
  const [error, setError] = useState<string | null>(null);

  const update = (next: ShareRow[]) => {
    setRows(next);
    setError(null);
  };
  const add = (roleId: RoleId) => {
    const rest = remainingPercent(rows);
    update([...rows, rest > 0 ? shareRow(roleId, rest, language) : { roleId, text: '', percent: null, error: null }]);
  };
  const edit = (index: number, text: string) => update(rows.map((r, j) => (j === index ? editRow(r, text) : r)));
  const remove = (index: number) => update(rows.filter((_, j) => j !== index));
  const split = () => update(evenShares(rows.length).map((p, i) => shareRow(rows[i]!.roleId, p, language)));
  const save = () => {
    const checked = checkRows(rows);
    if (checked.ok) onValid(checked.assignments);
    else if (checked.reason === 'sum')
      setError(t('ui.error.sharesSum', { percent: formatNumber(checked.percent, language, 2) }));
    else {
      // Show each row's reason, including rows left empty that were never typed in.
      setRows(rows.map((r) => (r.percent === null ? editRow(r, r.text) : r)));
      setError(t('ui.assignments.fixRows'));
    }
  };
  return { rows, error, add, edit, remove, split, save };
}
