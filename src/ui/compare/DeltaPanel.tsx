import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityChange, ScenarioComparison } from '../../analysis/compare';
import { ArrowChart } from './ArrowChart';
import './deltas.css';
import './deltaParts.css';
import { CoverageCard, FamiliesCard, ParametersCard, PeopleCard } from './DeltaCards';
import { formatNumber } from '../format';
import { RoleDeltaTable } from './RoleDeltaTable';

const STATUS_SIGN = { added: '+', removed: '−', changed: '~' } as const;

/** Every entity that was added, removed or changed, with what changed. */
const EntityList = memo(function EntityList({ entities }: { entities: readonly EntityChange[] }) {
  const { t } = useTranslation();
  const changed = entities.filter((e) => e.status !== 'same');
  if (changed.length === 0) return <p className="muted">{t('compare.deltas.entities.empty')}</p>;
  return (
    <ul className="cmp-entities">
      {changed.map((e) => (
        <li key={`${e.kind}:${e.beforeId ?? ''}>${e.afterId ?? ''}`} className={`is-${e.status}`} data-testid="compare.entity" data-kind={e.kind} data-status={e.status}>
          <span className="cmp-entity-sign" aria-label={t(`compare.legend.${e.status}`)} title={t(`compare.legend.${e.status}`)}>
            {STATUS_SIGN[e.status as keyof typeof STATUS_SIGN]}
          </span>
          <span className="cmp-entity-kind">{t(`compare.kind.${e.kind}`)}</span>
          <span className="cmp-entity-name">{e.name}</span>
          {e.fields.length > 0 && <span className="muted">{e.fields.map((f) => t(`compare.field.${f}`, { defaultValue: f })).join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
});

/** Who leaves or enters high strain: the sentence a trainer reads out. */
function ChartSummary({ comparison }: { comparison: ScenarioComparison }) {
  const { t } = useTranslation();
  const moved = comparison.roles.filter((r) => r.quadrantMoved);
  const leave = moved.filter((r) => r.before?.quadrant === 'high-strain').length;
  const enter = moved.filter((r) => r.after?.quadrant === 'high-strain').length;
  const parts = [t('compare.deltas.chart.moved', { count: moved.length })];
  if (leave) parts.push(t('compare.deltas.chart.leaveStrain', { count: leave }));
  if (enter) parts.push(t('compare.deltas.chart.enterStrain', { count: enter }));
  return (
    <p className="cmp-chart-summary" data-testid="compare.chart-summary">
      {parts.join(' · ')}
    </p>
  );
}

/** What a trainer reads out first: who leaves or enters high strain, and how MCT moves. */
function Headline({ comparison }: { comparison: ScenarioComparison }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number, digits = 1) => formatNumber(v, i18n.language, digits);
  const items: { key: string; text: string; tone: 'better' | 'worse' }[] = [];
  for (const r of comparison.roles) {
    if (!r.quadrantMoved || !r.before || !r.after) continue;
    if (r.before.quadrant === 'high-strain')
      items.push({ key: `l${r.name}`, tone: 'better', text: t('compare.deltas.headline.leaves', { role: r.name, quadrant: t(`analysis.quadrant.${r.after.quadrant}.name`).toLocaleLowerCase(i18n.language) }) });
    if (r.after.quadrant === 'high-strain') items.push({ key: `e${r.name}`, tone: 'worse', text: t('compare.deltas.headline.enters', { role: r.name }) });
  }
  const strain = comparison.people.highStrainPeople;
  if (strain.delta) items.push({ key: 'strain', tone: strain.delta < 0 ? 'better' : 'worse', text: t('compare.deltas.headline.strainPeople', { before: fmt(strain.before ?? 0), after: fmt(strain.after ?? 0) }) });
  for (const f of comparison.families) {
    const { before, after, delta } = f.mctDays;
    if (before === null || after === null || !delta || Math.abs(delta) < 0.05) continue;
    const percent = `${delta < 0 ? '−' : '+'}${fmt(Math.abs((delta / (before || 1)) * 100), 0)}`;
    items.push({ key: `m${f.name}`, tone: delta < 0 ? 'better' : 'worse', text: t('compare.deltas.headline.mct', { family: f.name, before: fmt(before), after: fmt(after), percent }) });
  }
  return (
    <section className="cmp-headline" aria-label={t('compare.deltas.headline.label')} data-testid="compare.headline">
      {items.length === 0 ? (
        <p className="muted">{t('compare.deltas.headline.none')}</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.key} className={`is-${i.tone}`}>
              {i.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The deltas between the two scenarios, as cards: structure, roles, flows, skills, people. */
export function DeltaPanel({ comparison }: { comparison: ScenarioComparison }) {
  const { t } = useTranslation();
  const { lowLatitudeCut, highDemandCut } = comparison.after.settings;
  const roles = useMemo(() => comparison.roles, [comparison]);
  return (
    <div className="cmp-deltas" data-testid="compare.deltas" aria-label={t('compare.deltas.label')}>
      <Headline comparison={comparison} />
      <ParametersCard parameters={comparison.parameters} />
      <section className="cmp-card cmp-chart-card" aria-labelledby="cmp-chart">
        <h3 id="cmp-chart">{t('compare.deltas.chart.title')}</h3>
        <ChartSummary comparison={comparison} />
        <ArrowChart roles={roles} lowLatitudeCut={lowLatitudeCut} highDemandCut={highDemandCut} />
        <p className="cmp-hint muted">{t('compare.deltas.chart.hint')}</p>
      </section>
      <section className="cmp-card cmp-roles-card" aria-labelledby="cmp-roles">
        <h3 id="cmp-roles">{t('compare.deltas.roles.title')}</h3>
        <RoleDeltaTable roles={roles} />
      </section>
      <FamiliesCard families={comparison.families} />
      <CoverageCard coverage={comparison.coverage} />
      <PeopleCard people={comparison.people} />
      <section className="cmp-card cmp-entities-card" aria-labelledby="cmp-entities">
        <h3 id="cmp-entities">{t('compare.deltas.entities.title')}</h3>
        <EntityList entities={comparison.entities} />
      </section>
    </div>
  );
}
