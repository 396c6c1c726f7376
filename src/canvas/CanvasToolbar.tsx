import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Family, FamilyId } from '../model';
import { routeStyle } from './routeStyles';

interface CanvasToolbarProps {
  families: Family[];
  routeFamily: FamilyId | null;
  onRouteFamilyChange: (id: FamilyId) => void;
}

/** "Route for: [family]": which family a workstation → workstation connection extends. */
export const CanvasToolbar = memo(function CanvasToolbar({
  families,
  routeFamily,
  onRouteFamilyChange,
}: CanvasToolbarProps) {
  const { t } = useTranslation();
  const pattern = families.findIndex((f) => f.id === routeFamily);
  const style = pattern >= 0 ? routeStyle(pattern) : null;
  return (
    <Panel position="top-left" className="canvas-toolbar">
      <label className="route-family" title={t('canvas.toolbar.routeForHint')}>
        <span>{t('canvas.toolbar.routeFor')}</span>
        {style && (
          <svg className="route-swatch" width="24" height="8" viewBox="0 0 24 8" aria-hidden="true">
            <line
              x1="1"
              y1="4"
              x2="23"
              y2="4"
              stroke={style.colour}
              strokeWidth="2.5"
              strokeDasharray={style.dash || undefined}
            />
          </svg>
        )}
        <select
          data-testid="canvas.route-family"
          value={routeFamily ?? ''}
          disabled={families.length === 0}
          onChange={(e) => onRouteFamilyChange(e.target.value as FamilyId)}
        >
          {families.length === 0 && <option value="">{t('canvas.toolbar.noFamily')}</option>}
          {families.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
    </Panel>
  );
});
