import type { ReactNode } from 'react';
import type { NodeKind } from '../types';

/** Stroke icons on a 16-unit grid; they take the text colour so each kind tints its own. */
function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Eight square teeth around a hub, computed once. */
const GEAR_POINTS = Array.from({ length: 8 }, (_, k) => {
  const a = (k * Math.PI) / 4;
  const at = (angle: number, r: number) =>
    `${(8 + r * Math.cos(angle)).toFixed(2)},${(8 + r * Math.sin(angle)).toFixed(2)}`;
  return [at(a - 0.2, 7), at(a + 0.2, 7), at(a + 0.36, 5.2), at(a + Math.PI / 4 - 0.36, 5.2)].join(' ');
}).join(' ');

export const IconUnit = () => (
  <Icon>
    <rect x="1.5" y="2.5" width="13" height="11" rx="2" />
    <path d="M1.5 6h13" />
    <path d="M4 9.5h3M4 11.5h5" />
  </Icon>
);

export const IconWorkstation = () => (
  <Icon>
    <polygon points={GEAR_POINTS} />
    <circle cx="8" cy="8" r="2" />
  </Icon>
);

export const IconFamily = () => (
  <Icon>
    <path d="M8 1.8 14 5 8 8.2 2 5Z" />
    <path d="M2 8l6 3.2L14 8" />
    <path d="M2 11l6 3.2 6-3.2" />
  </Icon>
);

export const IconTeam = () => (
  <Icon>
    <circle cx="5.5" cy="5.5" r="2.2" />
    <circle cx="11" cy="6" r="1.8" />
    <path d="M1.5 13.5c0-2.4 1.8-4.2 4-4.2s4 1.8 4 4.2" />
    <path d="M10 9.6c2.2-.3 4.3 1.1 4.5 3.9" />
  </Icon>
);

export const IconRole = () => (
  <Icon>
    <circle cx="8" cy="5" r="2.7" />
    <path d="M2.8 14.2c0-3 2.3-5.1 5.2-5.1s5.2 2.1 5.2 5.1" />
  </Icon>
);

export const IconMonument = () => (
  <Icon size={12}>
    <path d="M2 5.5 8 2l6 3.5Z" />
    <path d="M4 7v5M8 7v5M12 7v5" />
    <path d="M2 14h12" />
  </Icon>
);

const KIND_ICONS: Record<NodeKind, () => ReactNode> = {
  unit: IconUnit,
  workstation: IconWorkstation,
  family: IconFamily,
  team: IconTeam,
  role: IconRole,
};

export function KindIcon({ kind }: { kind: NodeKind }) {
  const Glyph = KIND_ICONS[kind];
  return <Glyph />;
}
