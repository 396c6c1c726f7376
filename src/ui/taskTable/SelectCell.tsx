import type { KeyboardEvent } from 'react';
import type { Option } from '../inspector/fields';

interface SelectCellProps {
  field: string;
  col: number;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  label: string;
  disabled?: boolean;
}

/** A choice applies at once (one undo step). Enter opens the list; arrows stay with the grid. */
export function SelectCell({ field, col, value, options, onChange, label, disabled }: SelectCellProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    try {
      e.currentTarget.showPicker();
    } catch {
      // Older browsers: Space and Alt+Down still open the list.
    }
  };
  return (
    <select
      className="cell-input cell-select"
      value={value}
      disabled={disabled}
      aria-label={label}
      data-col={col}
      data-testid={`task-table.cell.${field}`}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
