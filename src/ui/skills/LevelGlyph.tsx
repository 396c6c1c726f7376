import { memo } from 'react';
import type { QualificationLevel } from '../../model';

const R = 7;
const C = 8;

/** The filled sector of a quarter-circle pie, clockwise from 12 o'clock. */
function sector(quarters: number): string {
  const angle = (quarters / 4) * 2 * Math.PI;
  const x = C + R * Math.sin(angle);
  const y = C - R * Math.cos(angle);
  const large = quarters > 2 ? 1 : 0;
  return `M${C} ${C} L${C} ${C - R} A${R} ${R} 0 ${large} 1 ${x.toFixed(3)} ${y.toFixed(3)} Z`;
}

/**
 * The classic skills-matrix pie: empty, a quarter, half, three quarters, full with a "T"
 * for a trainer. The shape carries the level, so it reads without colour (and in print).
 */
export const LevelGlyph = memo(function LevelGlyph({ level, size = 16 }: { level: QualificationLevel; size?: number }) {
  return (
    <svg className={`level-glyph level-glyph-${level}`} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      <circle cx={C} cy={C} r={R} className="level-glyph-ring" />
      {level > 0 && level < 4 && <path d={sector(level)} className="level-glyph-fill" />}
      {level === 4 && (
        <>
          <circle cx={C} cy={C} r={R} className="level-glyph-fill" />
          <text x={C} y={C} className="level-glyph-t" textAnchor="middle" dominantBaseline="central">
            T
          </text>
        </>
      )}
    </svg>
  );
});
