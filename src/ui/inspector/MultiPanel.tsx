import { useTranslation } from 'react-i18next';
import { idKindOf } from '../../model';

const KIND_ORDER = ['unit', 'workstation', 'family', 'team', 'role', 'task'] as const;

/** Several items selected: say how many of which kind; editing needs a single item. */
export function MultiPanel({ selection }: { selection: readonly string[] }) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const id of selection) {
    const kind = idKindOf(id);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return (
    <div className="insp-panel" data-testid="inspector.multiple">
      <header className="insp-header">
        <h2 className="insp-title">{t('ui.inspector.selected', { count: selection.length })}</h2>
      </header>
      <ul className="insp-kind-list">
        {KIND_ORDER.filter((k) => counts.has(k)).map((kind) => (
          <li key={kind} data-kind={kind}>
            <span className={`insp-dot insp-kind-${kind}`} aria-hidden="true" />
            <span>{t(`model.entity.${kind}`)}</span>
            <span className="insp-count">{counts.get(kind)}</span>
          </li>
        ))}
      </ul>
      <p className="insp-hint">{t('ui.inspector.multiHint')}</p>
    </div>
  );
}
