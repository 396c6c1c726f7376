import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch, useEditorStore, useScenario } from '../../app/editorContext';
import { createScenarioId, type Scenario, type ScenarioId } from '../../model';
import '../ui.css';
import './compare.css';
import { CompareCanvases } from './CompareCanvases';
import { DeltaPanel } from './DeltaPanel';
import { ImpactPanel } from './ImpactPanel';
import { useComparison, type ComparisonState } from './useComparison';

type Tab = 'deltas' | 'impact';

interface PickerProps {
  side: 'before' | 'after';
  value: ScenarioId;
  scenarios: readonly Scenario[];
  onChange: (side: 'before' | 'after', id: ScenarioId) => void;
}

function Picker({ side, value, scenarios, onChange }: PickerProps) {
  const { t } = useTranslation();
  return (
    <label className="cmp-picker">
      <span className={`cmp-side is-${side}`}>{t(`compare.${side}`)}</span>
      <select
        value={value}
        aria-label={t(side === 'before' ? 'compare.pickBefore' : 'compare.pickAfter')}
        data-testid={side === 'before' ? 'compare.left' : 'compare.right'}
        onChange={(e) => onChange(side, e.target.value as ScenarioId)}
      >
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** With a single scenario there is nothing to compare: offer the duplicate that starts a to-be. */
function NeedTwo() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const dispatch = useDispatch();
  const scenario = useScenario();
  const duplicate = () => {
    const id = createScenarioId();
    const name = t('app.scenario.copyName', { name: scenario.name });
    if (dispatch('duplicateScenario', { scenarioId: scenario.id, name, newId: id }).ok) store.setScenario(id);
  };
  return (
    <div className="cmp-empty" data-testid="compare.need-two">
      <h2>{t('compare.needTwo.title')}</h2>
      <p className="muted">{t('compare.needTwo.text')}</p>
      <button type="button" className="primary" onClick={duplicate} data-testid="compare.duplicate">
        {t('compare.needTwo.action', { name: scenario.name })}
      </button>
    </div>
  );
}

function Header({ state, canvases, onCanvases }: { state: ComparisonState; canvases: boolean; onCanvases: (show: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <header className="cmp-header">
      <h2 className="cmp-title">{t('compare.title')}</h2>
      <Picker side="before" value={state.before} scenarios={state.scenarios} onChange={state.choose} />
      <button type="button" className="icon-button cmp-swap" onClick={state.swap} title={t('compare.swap')} aria-label={t('compare.swap')} data-testid="compare.swap">
        ⇄
      </button>
      <Picker side="after" value={state.after} scenarios={state.scenarios} onChange={state.choose} />
      {state.before === state.after && (
        <span className="cmp-same" role="status">
          {t('compare.sameScenario')}
        </span>
      )}
      <div className="topbar-spacer" />
      <button type="button" aria-pressed={canvases} onClick={() => onCanvases(!canvases)} data-testid="compare.toggle-canvases">
        {canvases ? t('compare.canvases.hide') : t('compare.canvases.show')}
      </button>
    </header>
  );
}

function Tabs({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const { t } = useTranslation();
  return (
    <div className="cmp-tabs" role="tablist" aria-label={t('compare.tabs.label')}>
      {(['deltas', 'impact'] as const).map((id) => (
        <button key={id} type="button" role="tab" id={`cmp-tab-${id}`} aria-selected={tab === id} aria-controls="cmp-tabpanel" data-testid={`compare.tab.${id}`} onClick={() => onTab(id)}>
          {t(`compare.tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * The compare view: two scenarios side by side on synchronised read-only canvases with
 * what was added, removed and changed marked on both; below them the deltas (P1–P7,
 * quadrant moves, flows, skills, people) and the change impact assessment.
 */
export function CompareView() {
  const state = useComparison();
  const [canvases, setCanvases] = useState(true);
  const [tab, setTab] = useState<Tab>('deltas');
  if (!state || state.scenarios.length < 2) return <div className="compare-view" data-testid="compare">{<NeedTwo />}</div>;
  return (
    <div className={`compare-view${canvases ? '' : ' no-canvases'}`} data-testid="compare">
      <Header state={state} canvases={canvases} onCanvases={setCanvases} />
      {canvases && <CompareCanvases project={state.project} beforeId={state.before} afterId={state.after} comparison={state.comparison} />}
      <div className="cmp-body">
        <Tabs tab={tab} onTab={setTab} />
        <div id="cmp-tabpanel" role="tabpanel" aria-labelledby={`cmp-tab-${tab}`} className="cmp-tabpanel">
          {tab === 'deltas' ? (
            <DeltaPanel comparison={state.comparison} />
          ) : (
            <ImpactPanel before={state.before} after={state.after} sections={state.impact} />
          )}
        </div>
      </div>
    </div>
  );
}
