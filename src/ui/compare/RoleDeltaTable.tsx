import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDelta, RoleSnapshot } from '../../analysis/compare';
import { QuadrantGlyph } from '../analysis/visuals';
import { formatNumber } from '../format';
import { directionOf, type Better } from './DeltaCells';

/** A role whose scores, quadrant or existence differ between the scenarios. */
export function roleChanged(r: RoleDelta): boolean {
  if (r.status !== 'same') return true;
  if (!r.before || !r.after) return true;
  return Math.abs(r.after.DL - r.before.DL) >= 0.05 || Math.abs(r.after.PD - r.before.PD) >= 0.05 || Math.abs(r.after.U - r.before.U) >= 0.005;
}

/** Quadrant movers first, then by how far the role moved on the chart. */
function byImpact(a: RoleDelta, b: RoleDelta): number {
  const shift = (r: RoleDelta) => (r.before && r.after ? Math.abs(r.after.DL - r.before.DL) + Math.abs(r.after.PD - r.before.PD) : 100);
  return Number(b.quadrantMoved) - Number(a.quadrantMoved) || shift(b) - shift(a) || a.name.localeCompare(b.name);
}

function Quadrant({ s }: { s: RoleSnapshot | null }) {
  const { t } = useTranslation();
  if (!s) return <span className="muted">—</span>;
  return (
    <span className={`cmp-quadrant q-text-${s.quadrant}`}>
      <QuadrantGlyph quadrant={s.quadrant} />
      {t(`analysis.quadrant.${s.quadrant}.name`)}
    </span>
  );
}

/** "before → after" in one cell, the after value marked better or worse. */
function Change({ r, pick, better, digits = 1, unit = '' }: { r: RoleDelta; pick: (s: RoleSnapshot) => number; better: Better; digits?: number; unit?: string }) {
  const { i18n } = useTranslation();
  const fmt = (s: RoleSnapshot | null) => (s ? `${formatNumber(pick(s), i18n.language, digits)}${unit}` : '—');
  const delta = r.before && r.after ? pick(r.after) - pick(r.before) : null;
  const direction = directionOf(delta, better, digits);
  return (
    <td className={`is-num cmp-change d-${direction}`} data-direction={direction}>
      {direction === 'same' ? fmt(r.after ?? r.before) : `${fmt(r.before)} → ${fmt(r.after)}`}
    </td>
  );
}

function Risks({ r }: { r: RoleDelta }) {
  const { t } = useTranslation();
  const flags = (['stress', 'learning'] as const).flatMap((kind) => {
    const key = kind === 'stress' ? 'stressRisk' : 'learningRisk';
    const was = r.before?.[key] ?? false;
    const is = r.after?.[key] ?? false;
    if (was === is) return is ? [{ kind, state: 'kept' }] : [];
    return [{ kind, state: is ? 'gained' : 'lost' }];
  });
  if (flags.length === 0) return <span className="muted">{t('compare.deltas.roles.noRisk')}</span>;
  return (
    <span className="cmp-risks">
      {flags.map(({ kind, state }) => (
        <span key={kind} className={`cmp-risk is-${state}`} data-risk={kind} data-state={state}>
          {state === 'gained' ? '+' : state === 'lost' ? '−' : ''}
          {t(`compare.deltas.roles.${kind}`)}
        </span>
      ))}
    </span>
  );
}

function RoleRow({ r }: { r: RoleDelta }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="compare.role" data-role={r.name} data-quadrant-before={r.before?.quadrant ?? ''} data-quadrant-after={r.after?.quadrant ?? ''} data-da-before={r.before?.DA.toFixed(1) ?? ''} data-da-after={r.after?.DA.toFixed(1) ?? ''}>
      <th scope="row">
        {r.name}
        {r.status === 'added' && <span className="cmp-tag is-added">{t('compare.deltas.roles.onlyAfter')}</span>}
        {r.status === 'removed' && <span className="cmp-tag is-removed">{t('compare.deltas.roles.onlyBefore')}</span>}
      </th>
      <td className={r.quadrantMoved ? 'cmp-moved' : undefined}>
        {r.quadrantMoved ? (
          <>
            <Quadrant s={r.before} /> <span aria-hidden="true">→</span> <Quadrant s={r.after} />
          </>
        ) : (
          <Quadrant s={r.after ?? r.before} />
        )}
      </td>
      <Change r={r} pick={(s) => s.DL} better="higher" />
      <Change r={r} pick={(s) => s.PD} better="lower" />
      <Change r={r} pick={(s) => s.U * 100} better="none" digits={0} unit=" %" />
      <td>
        <Risks r={r} />
      </td>
    </tr>
  );
}

/** Roles before and after: quadrant, DL, PD, utilisation and WEBA risks; changed roles first. */
export const RoleDeltaTable = memo(function RoleDeltaTable({ roles }: { roles: readonly RoleDelta[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const changed = roles.filter(roleChanged);
  const shown = [...(all ? roles : changed)].sort(byImpact);
  return (
    <>
      {shown.length === 0 ? (
        <p className="muted">{t('compare.deltas.roles.noneChanged')}</p>
      ) : (
        <div className="cmp-scroll">
          <table className="cmp-table cmp-roles">
            <thead>
              <tr>
                <th scope="col">{t('compare.deltas.roles.role')}</th>
                <th scope="col">{t('compare.deltas.roles.quadrant')}</th>
                <th scope="col" className="is-num" title={t('analysis.table.columnHint.DL')}>
                  DL
                </th>
                <th scope="col" className="is-num" title={t('analysis.table.columnHint.PD')}>
                  PD
                </th>
                <th scope="col" className="is-num">
                  {t('compare.deltas.roles.utilisation')}
                </th>
                <th scope="col">{t('compare.deltas.roles.risks')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <RoleRow key={`${r.before?.roleId ?? ''}>${r.after?.roleId ?? ''}`} r={r} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roles.length > changed.length && (
        <button type="button" className="link-button cmp-more" onClick={() => setAll((v) => !v)} data-testid="compare.roles-toggle">
          {all ? t('compare.deltas.roles.showChanged') : t('compare.deltas.roles.showAll', { count: roles.length })}
        </button>
      )}
    </>
  );
});
