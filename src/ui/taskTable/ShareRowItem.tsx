import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../model';
import type { ShareRow } from '../shares';

interface ShareRowItemProps {
  row: ShareRow;
  role: Role | undefined;
  unitName: string | undefined;
  onChange: (text: string) => void;
  onRemove: () => void;
}

export function ShareRowItem({ row, role, unitName, onChange, onRemove }: ShareRowItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const name = role?.name ?? row.roleId;
  return (
    <li className="assign-row" data-role-id={row.roleId}>
      <label htmlFor={id} className="assign-role">
        <span className="insp-dot insp-kind-role" aria-hidden="true" />
        <span className="assign-role-name">{name}</span>
        {unitName && <span className="muted assign-unit">{unitName}</span>}
      </label>
      <span className="assign-share">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={row.text}
          aria-invalid={row.error ? true : undefined}
          aria-describedby={row.error ? `${id}-error` : undefined}
          data-testid="assignments.share"
          onChange={(e) => onChange(e.target.value)}
        />
        <span aria-hidden="true">%</span>
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('ui.common.removeItem', { name })}
        title={t('ui.common.removeItem', { name })}
        data-testid="assignments.remove"
        onClick={onRemove}
      >
        ×
      </button>
      {row.error && (
        <div className="field-error assign-row-error" id={`${id}-error`}>
          {t(`ui.error.${row.error.key}`, row.error.params)}
        </div>
      )}
    </li>
  );
}
