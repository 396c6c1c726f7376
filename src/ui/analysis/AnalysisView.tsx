import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, ParameterKey, ScenarioAnalysis } from '../../analysis';
import { useAnalysis } from '../../app/analysisContext';
import { useEditorStore, useScenario, useSelection } from '../../app/editorContext';
import { useMainView } from '../../app/mainView';
import type { RoleId, Scenario } from '../../model';
import { AnalysisSettingsDialog } from '../settings/AnalysisSettingsDialog';
import { HowComputedDialog } from '../settings/HowComputedDialog';
import '../ui.css';
import './analysis.css';
import { FindingsList } from './FindingsList';
import { QuadrantChart } from './QuadrantChart';
import {
  DEFAULT_ROLE_SORT,
  nextSort,
  reuseRows,
  roleRows,
  sortRoleRows,
  type RoleRow,
  type SortColumn,
} from './roleRows';
import { RoleTable } from './RoleTable';
import { Handoffs, StructureProfile } from './StructureProfile';
import { TopMoves } from './TopMoves';
import { useMessageContext } from './useMessageContext';
import { QUADRANT_ORDER, QuadrantGlyph } from './visuals';

/** How long a parameter stays outlined after a finding pointed at it. */
const HIGHLIGHT_MS = 2000;

function Summary({ analysis }: { analysis: ScenarioAnalysis }) {
  const { t } = useTranslation();
  const strain = analysis.roles.filter((r) => r.quadrant === 'high-strain').length;
  const control = analysis.roles.filter((r) => r.flags.includes('CONTROL_PROBLEM')).length;
  const zones = analysis.coverage.redZones.length + analysis.coverage.uncovered.length;
  const critical = analysis.findings.filter((f) => f.severity === 'critical').length;
  return (
    <ul className="analysis-summary" aria-label={t('analysis.summary.label')} data-testid="analysis.summary">
      <li>{t('analysis.summary.roles', { count: analysis.roles.length })}</li>
      {strain > 0 && <li className="is-bad">{t('analysis.summary.highStrain', { count: strain })}</li>}
      {control > 0 && <li className="is-bad">{t('analysis.summary.controlProblem', { count: control })}</li>}
      {zones > 0 && <li className="is-bad">{t('analysis.summary.redZones', { count: zones })}</li>}
      {critical > 0 && <li className="is-bad">{t('analysis.summary.critical', { count: critical })}</li>}
    </ul>
  );
}

function ChartLegend({ dl, pd }: { dl: number; pd: number }) {
  const { t } = useTranslation();
  return (
    <div className="chart-legend">
      <ul>
        {QUADRANT_ORDER.map((q) => (
          <li key={q} className={`q-text-${q}`} title={t(`analysis.quadrant.${q}.meaning`)}>
            <QuadrantGlyph quadrant={q} />
            {t(`analysis.quadrant.${q}.name`)}
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('analysis.chart.size')} · {t('analysis.chart.cutHint', { dl, pd })}
      </p>
    </div>
  );
}

/** The role rows, reusing unchanged row objects from the previous render (see reuseRows). */
function useStableRows(roles: ScenarioAnalysis['roles'], scenario: Scenario): RoleRow[] {
  const [state, setState] = useState<{
    roles: ScenarioAnalysis['roles'] | null;
    scenario: Scenario | null;
    rows: RoleRow[];
  }>({
    roles: null,
    scenario: null,
    rows: [],
  });
  if (state.roles === roles && state.scenario === scenario) return state.rows;
  // Adjusting state while rendering: the new rows are used in this very render.
  const rows = reuseRows(state.rows, roleRows(roles, scenario));
  setState({ roles, scenario, rows });
  return rows;
}

/** Selection, sorting and navigation of the analysis view. */
function useAnalysisNavigation() {
  const store = useEditorStore();
  const { setView } = useMainView();
  const [highlighted, setHighlighted] = useState<ParameterKey | null>(null);
  useEffect(() => {
    if (!highlighted) return;
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);
  const select = useCallback((id: RoleId) => store.focus(id), [store]);
  const show = useCallback(
    (id: string) => {
      store.focus(id);
      setView('canvas');
    },
    [store, setView],
  );
  const openFinding = useCallback(
    (f: Finding) => {
      const parameter = f.drivers[0]?.params.parameter;
      if (f.code !== 'PARAMETER_HIGH' || typeof parameter !== 'string') return show(f.entityId);
      setHighlighted(parameter as ParameterKey);
      document
        .getElementById(`analysis-parameter-${parameter}`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    },
    [show],
  );
  return { select, show, openFinding, highlighted };
}

function Card({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <section className={`analysis-card ${className}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

interface RoleViewsProps {
  rows: RoleRow[];
  settings: ScenarioAnalysis['settings'];
  selectedId: string | undefined;
  select: (roleId: RoleId) => void;
  show: (id: string) => void;
  explain: (roleId: RoleId) => void;
}

function ChartCard({ rows, settings, selectedId, select, show }: Omit<RoleViewsProps, 'explain'>) {
  const { t } = useTranslation();
  const { lowLatitudeCut, highDemandCut } = settings;
  return (
    <Card id="analysis-chart" title={t('analysis.chart.title')} className="chart-card">
      {rows.length === 0 ? (
        <p className="analysis-empty">{t('analysis.chart.empty')}</p>
      ) : (
        <QuadrantChart
          rows={rows}
          lowLatitudeCut={lowLatitudeCut}
          highDemandCut={highDemandCut}
          selectedId={selectedId}
          onSelect={select}
          onShow={show}
        />
      )}
      <ChartLegend dl={lowLatitudeCut} pd={highDemandCut} />
    </Card>
  );
}

function RolesCard({ rows, selectedId, select, show, explain }: Omit<RoleViewsProps, 'settings'>) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState(DEFAULT_ROLE_SORT);
  const sorted = useMemo(() => sortRoleRows(rows, sort, i18n.language), [rows, sort, i18n.language]);
  const onSort = useCallback((column: SortColumn) => setSort((s) => nextSort(s, column)), []);
  return (
    <Card id="analysis-roles" title={t('analysis.table.title')} className="roles-card">
      <RoleTable
        rows={sorted}
        sort={sort}
        onSort={onSort}
        selectedId={selectedId}
        onSelect={select}
        onShow={show}
        onExplain={explain}
      />
    </Card>
  );
}

/**
 * The analysis of the open scenario: structure profile, role scores, the demand–control
 * chart and the findings with their redesign moves. Recomputed by AnalysisProvider on every
 * edit; clicking anything shows it on the canvas or selects it for the inspector.
 */
export function AnalysisView() {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const scenario = useScenario();
  const selection = useSelection();
  const ctx = useMessageContext();
  const { select, show, openFinding, highlighted } = useAnalysisNavigation();
  const rows = useStableRows(analysis.roles, scenario);
  const selectedId = selection.length === 1 ? selection[0] : undefined;
  const [dialog, setDialog] = useState<{ roleId: RoleId } | 'settings' | null>(null);
  const explain = useCallback((roleId: RoleId) => setDialog({ roleId }), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const roleViews = { rows, selectedId, select, show };

  return (
    <div className="analysis-view" data-testid="analysis">
      <header className="analysis-header">
        <h2 className="analysis-title">
          {t('analysis.title')} <span className="muted">· {scenario.name}</span>
        </h2>
        <Summary analysis={analysis} />
        <button
          type="button"
          className="analysis-settings"
          onClick={() => setDialog('settings')}
          data-testid="analysis.settings"
        >
          {t('analysis.settings')}
        </button>
      </header>
      <div className="analysis-grid">
        <Card id="analysis-profile" title={t('analysis.profile.title')} className="profile-card">
          <StructureProfile parameters={analysis.parameters} ctx={ctx} highlighted={highlighted} onShow={show} />
        </Card>
        <ChartCard {...roleViews} settings={analysis.settings} />
        <Card id="analysis-handoffs" title={t('analysis.profile.handoffs')} className="handoffs-card">
          <Handoffs handoffs={analysis.handoffs} ctx={ctx} onShow={show} />
        </Card>
        <Card id="analysis-moves" title={t('analysis.moves.title')} className="moves-card">
          <TopMoves findings={analysis.findings} ctx={ctx} />
        </Card>
        <RolesCard {...roleViews} explain={explain} />
        <Card id="analysis-findings" title={t('analysis.findings.title')} className="findings-card">
          <FindingsList findings={analysis.findings} ctx={ctx} onOpen={openFinding} selectedId={selectedId} />
        </Card>
      </div>
      {dialog === 'settings' && <AnalysisSettingsDialog onClose={closeDialog} />}
      {dialog && dialog !== 'settings' && <HowComputedDialog roleId={dialog.roleId} onClose={closeDialog} />}
    </div>
  );
}
