import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import './canvas.css';
import { PALETTE_KINDS, PALETTE_MIME, useAddNode } from './addNode';
import { KindIcon } from './nodes/icons';

/**
 * The vertical tool strip beside the canvas. Click adds into the selected unit (or the
 * middle of the view); dragging an item onto the canvas adds it where it is dropped.
 */
export const Palette = memo(function Palette() {
  const { t } = useTranslation();
  const addNode = useAddNode();
  return (
    <nav className="canvas-palette" aria-label={t('canvas.palette.label')} data-testid="palette">
      {PALETTE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`palette-item kind-${kind}`}
          data-testid={`palette.add-${kind}`}
          title={t('canvas.palette.hint', { kind: t(`model.entity.${kind}`).toLowerCase() })}
          draggable
          onClick={() => addNode(kind)}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
        >
          <span className="palette-icon">
            <KindIcon kind={kind} />
          </span>
          <span className="palette-label">{t(`canvas.palette.${kind}`)}</span>
        </button>
      ))}
    </nav>
  );
});
