import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALIFICATION_LEVELS, type QualificationLevel } from '../../model';
import { LevelGlyph } from './LevelGlyph';

interface LevelMenuProps {
  anchor: HTMLElement;
  current: QualificationLevel;
  label: string;
  onPick: (level: QualificationLevel) => void;
  onClose: () => void;
}

/**
 * The small level picker a cell opens: five choices with their pie and name. It is placed
 * by the cell's screen position (fixed), so the scrolling table never clips it, and follows
 * the cell when the table scrolls; clicking elsewhere, Escape or Tab close it.
 */
export function LevelMenu({ anchor, current, label, onPick, onClose }: LevelMenuProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  // Placed under the cell (above it near the bottom edge) and kept there while the page scrolls.
  const place = useCallback(() => {
    const cell = anchor.getBoundingClientRect();
    const menu = ref.current?.getBoundingClientRect();
    const height = menu?.height ?? 180;
    const width = menu?.width ?? 180;
    const below = cell.bottom + 4 + height <= window.innerHeight;
    setPosition({
      left: Math.max(8, Math.min(cell.left, window.innerWidth - width - 8)),
      top: below ? cell.bottom + 4 : Math.max(8, cell.top - height - 4),
    });
  }, [anchor]);
  useLayoutEffect(place, [place]);

  // Focus once placed: a hidden (unplaced) menu cannot take focus.
  const placed = position !== null;
  useEffect(() => {
    if (placed) ref.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus({ preventScroll: true });
  }, [placed]);

  useEffect(() => {
    const away = (e: Event) => {
      if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [onClose, place]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    else if (/^[0-4]$/.test(e.key)) onPick(Number(e.key) as QualificationLevel);
    else if (e.key === 'Delete' || e.key === 'Backspace') onPick(0);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="level-menu"
      role="menu"
      aria-label={label}
      data-testid="skills.level-menu"
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {QUALIFICATION_LEVELS.map((level) => (
        <button
          key={level}
          type="button"
          role="menuitemradio"
          aria-checked={level === current}
          className="level-menu-item"
          data-testid="skills.level-option"
          data-level={level}
          onClick={() => onPick(level)}
        >
          <LevelGlyph level={level} />
          <span>{t(`model.qualification.${level}`)}</span>
        </button>
      ))}
    </div>
  );
}
