import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageDelta, FamilyDelta, ParameterDelta, PeopleDelta, SetDelta } from '../../analysis/compare';
import { DeltaCells, DeltaHead } from './DeltaCells';

/** P1–P7 before, after and change; lower is simpler. */
export const ParametersCard = memo(function ParametersCard({ parameters }: { parameters: readonly ParameterDelta[] }) {
  const { t } = useTranslation();
  return (
    <section className="cmp-card" aria-labelledby="cmp-parameters">
      <h3 id="cmp-parameters">{t('compare.deltas.parameters.title')}</h3>
      <p className="cmp-hint muted">{t('compare.deltas.parameters.hint')}</p>
      <table className="cmp-table">
        <DeltaHead first="" />
        <tbody>
          {parameters.map((p) => (
            <tr key={p.key} data-testid="compare.param" data-key={p.key} data-before={p.before ?? ''} data-after={p.after ?? ''}>
              <th scope="row">
                <span className="cmp-key">{p.key}</span> {t(`analysis.parameter.${p.key}.name`)}
              </th>
              <DeltaCells value={p} better="lower" missing={t('analysis.profile.na')} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

/** Handoffs and MCT per family; a family on one side only shows a dash on the other. */
export const FamiliesCard = memo(function FamiliesCard({ families }: { families: readonly FamilyDelta[] }) {
  const { t } = useTranslation();
  return (
    <section className="cmp-card" aria-labelledby="cmp-families">
      <h3 id="cmp-families">{t('compare.deltas.families.title')}</h3>
      {families.length === 0 ? (
        <p className="muted">{t('compare.deltas.families.empty')}</p>
      ) : (
        <table className="cmp-table cmp-families">
          <thead>
            <tr>
              <th scope="col">{t('compare.deltas.families.family')}</th>
              <th scope="col" colSpan={3} className="is-group">
                {t('compare.deltas.families.handoffs')}
              </th>
              <th scope="col" colSpan={3} className="is-group">
                {t('compare.deltas.families.mct')}
              </th>
            </tr>
          </thead>
          <tbody>
            {families.map((f) => (
              <tr key={`${f.name}-${f.status}`} data-testid="compare.family" data-family={f.name} data-mct-delta={f.mctDays.delta ?? ''}>
                <th scope="row">{f.name}</th>
                <DeltaCells value={f.handoffs} better="lower" digits={0} />
                <DeltaCells value={f.mctDays} better="lower" digits={1} missing={t('compare.deltas.families.noMct')} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});

/** Headcount, FTE, roles, teams and the people under strain. */
export const PeopleCard = memo(function PeopleCard({ people }: { people: PeopleDelta }) {
  const { t } = useTranslation();
  const rows = [
    ['headcount', people.headcount, 'none', 2],
    ['fte', people.fte, 'none', 1],
    ['roles', people.roles, 'none', 0],
    ['teams', people.teams, 'none', 0],
    ['highStrainPeople', people.highStrainPeople, 'lower', 2],
    ['isoStrainRoles', people.isoStrainRoles, 'lower', 0],
  ] as const;
  return (
    <section className="cmp-card" aria-labelledby="cmp-people">
      <h3 id="cmp-people">{t('compare.deltas.people.title')}</h3>
      <table className="cmp-table">
        <DeltaHead first="" />
        <tbody>
          {rows.map(([key, value, better, digits]) => (
            <tr key={key} data-testid="compare.people" data-key={key}>
              <th scope="row">{t(`compare.deltas.people.${key}`)}</th>
              <DeltaCells value={value} better={better} digits={digits} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

function NameList({ set, label }: { set: SetDelta; label: string }) {
  const { t } = useTranslation();
  const gained = new Set(set.gained);
  return (
    <div className="cmp-set">
      <h4>{label}</h4>
      <p>
        <span className="cmp-set-side">{t('compare.before')}:</span> {set.before.length ? set.before.join(', ') : t('compare.deltas.coverage.none')}
      </p>
      <p>
        <span className="cmp-set-side">{t('compare.after')}:</span>{' '}
        {set.after.length
          ? set.after.map((name, i) => (
              <span key={name} className={gained.has(name) ? 'cmp-gained' : undefined}>
                {i > 0 && ', '}
                {name}
              </span>
            ))
          : t('compare.deltas.coverage.none')}
        {set.lost.length > 0 && <span className="cmp-lost"> · −{set.lost.join(', ')}</span>}
      </p>
    </div>
  );
}

/** Red zones and workstations nobody is qualified on, before and after; training needs. */
export const CoverageCard = memo(function CoverageCard({ coverage }: { coverage: CoverageDelta }) {
  const { t } = useTranslation();
  const data = coverage.hasData.before || coverage.hasData.after;
  return (
    <section className="cmp-card" aria-labelledby="cmp-coverage" data-testid="compare.coverage">
      <h3 id="cmp-coverage">{t('compare.deltas.coverage.title')}</h3>
      {!data ? (
        <p className="muted">{t('compare.deltas.coverage.noData')}</p>
      ) : (
        <>
          <NameList set={coverage.redZones} label={t('compare.deltas.coverage.redZones')} />
          <NameList set={coverage.uncovered} label={t('compare.deltas.coverage.uncovered')} />
          <table className="cmp-table">
            <tbody>
              <tr>
                <th scope="row">{t('compare.deltas.coverage.qualificationGap', { k: coverage.k })}</th>
                <DeltaCells value={coverage.qualificationGap} better="lower" digits={2} />
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
});
