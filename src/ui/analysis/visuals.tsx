import type { ReactNode } from 'react';
import type { Quadrant, RoleFlag, Severity } from '../../analysis';
import './visuals.css';

/**
 * How analysis results look wherever they appear (analysis view, canvas badges): every
 * state has a shape or icon and a text, and colour (Okabe–Ito) only adds to them.
 */

/** Worst first: the order the table sorts quadrants in. */
export const QUADRANT_ORDER: readonly Quadrant[] = ['high-strain', 'passive', 'active', 'low-strain'];

/** Shape per quadrant: triangle warns, square is still, diamond is lively, circle is at ease. */
export function quadrantPath(q: Quadrant, cx: number, cy: number, r: number): string {
  const f = (n: number) => n.toFixed(2);
  switch (q) {
    case 'high-strain':
      return `M${f(cx)} ${f(cy - r * 1.15)}L${f(cx + r * 1.1)} ${f(cy + r * 0.8)}L${f(cx - r * 1.1)} ${f(cy + r * 0.8)}Z`;
    case 'active':
      return `M${f(cx)} ${f(cy - r * 1.2)}L${f(cx + r * 1.2)} ${f(cy)}L${f(cx)} ${f(cy + r * 1.2)}L${f(cx - r * 1.2)} ${f(cy)}Z`;
    case 'passive':
      return `M${f(cx - r * 0.85)} ${f(cy - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case 'low-strain':
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
  }
}

export function QuadrantGlyph({ quadrant, size = 12 }: { quadrant: Quadrant; size?: number }) {
  return (
    <svg
      className={`quadrant-glyph q-${quadrant}`}
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      <path d={quadrantPath(quadrant, 6, 6.3, 4.6)} />
    </svg>
  );
}

function Icon({ children, className, size = 14 }: { children: ReactNode; className: string; size?: number }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const SEVERITY_GLYPHS: Record<Severity, ReactNode> = {
  critical: (
    <>
      <path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2Z" fill="currentColor" stroke="none" />
      <path d="M8 4.6v4.2M8 11.2v.2" stroke="#fff" strokeWidth={1.9} />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.6 15 14H1Z" fill="currentColor" stroke="none" />
      <path d="M8 6v3.8M8 11.9v.1" stroke="#fff" strokeWidth={1.8} />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="6.6" fill="currentColor" stroke="none" />
      <path d="M8 7.2v4.3M8 4.6v.1" stroke="#fff" strokeWidth={1.8} />
    </>
  ),
};

export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  return (
    <Icon className={`severity-icon sev-${severity}`} size={size}>
      {SEVERITY_GLYPHS[severity]}
    </Icon>
  );
}

const FLAG_GLYPHS: Record<RoleFlag, ReactNode> = {
  // Two walls closing in: little room to act.
  LOW_LATITUDE: <path d="M2 3v10M14 3v10M5 8h2.5M11 8H8.5M6 6.2 7.8 8 6 9.8M10 6.2 8.2 8 10 9.8" />,
  HIGH_STRAIN: <path d="M8 2 14.5 13.5h-13Z" />,
  // One person on their own, the support circle broken.
  ISO_STRAIN: (
    <>
      <circle cx="8" cy="6" r="2.1" />
      <path d="M4.6 13c.3-2.2 1.7-3.5 3.4-3.5s3.1 1.3 3.4 3.5" />
      <path d="M2 4.5A7 7 0 0 1 4.5 2M11.5 2A7 7 0 0 1 14 4.5" strokeDasharray="1.4 1.6" />
    </>
  ),
  PASSIVE: <rect x="3" y="3" width="10" height="10" rx="1" />,
  // A gauge with the needle past its limit.
  CONTROL_PROBLEM: (
    <>
      <path d="M2 12a6 6 0 1 1 12 0" />
      <path d="M8 12 12.2 6.6" />
      <path d="M11.2 9.8 14 12" strokeWidth={2.2} />
    </>
  ),
  SHORT_CYCLE: (
    <>
      <path d="M13 8a5 5 0 1 1-1.6-3.7" />
      <path d="M11.8 1.8v2.8H9" />
    </>
  ),
  WEBA_STRESS_RISK: <path d="M9.5 1.5 3.5 9h4l-1 5.5 6-7.5h-4Z" />,
  // An open book.
  WEBA_LEARNING_RISK: (
    <>
      <path d="M8 4.2C6.5 3 4.2 2.7 1.8 3.2v9.3c2.4-.5 4.7-.2 6.2 1 1.5-1.2 3.8-1.5 6.2-1V3.2C11.8 2.7 9.5 3 8 4.2Z" />
      <path d="M8 4.2v9.3" />
    </>
  ),
};

export function FlagIcon({ flag, size = 14 }: { flag: RoleFlag; size?: number }) {
  return (
    <Icon className={`flag-icon flag-${flag}`} size={size}>
      {FLAG_GLYPHS[flag]}
    </Icon>
  );
}

/** Flags the quadrant badge already says; the canvas shows only the others as icons. */
export const QUADRANT_FLAGS: ReadonlySet<RoleFlag> = new Set(['HIGH_STRAIN', 'PASSIVE', 'LOW_LATITUDE']);
