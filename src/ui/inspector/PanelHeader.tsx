import { useTranslation } from 'react-i18next';

export type InspectorKind = 'unit' | 'workstation' | 'family' | 'team' | 'role' | 'task' | 'project';

/** Kind badge in the kind's colour and the item's name, so the user knows what they edit. */
export function PanelHeader({ kind, title, subtitle }: { kind: InspectorKind; title: string; subtitle?: string }) {
  const { t } = useTranslation();
  return (
    <header className="insp-header">
      <span className={`insp-kind insp-kind-${kind}`}>{t(`model.entity.${kind}`)}</span>
      <h2 className="insp-title" title={title}>
        {title}
      </h2>
      {subtitle && <div className="insp-subtitle">{subtitle}</div>}
    </header>
  );
}
