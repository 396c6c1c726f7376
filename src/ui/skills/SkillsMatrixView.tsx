import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../../app/analysisContext';
import { useEditor, useEditorStore, useScenario, useSelection } from '../../app/editorContext';
import { QUALIFICATION_LEVELS, type QualificationLevel, type Role } from '../../model';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { CoverageSettings } from './CoverageSettings';
import { LevelGlyph } from './LevelGlyph';
import { coverageLookup, matrixColumns, matrixOrder, matrixRows, trainingGaps } from './matrix';
import { SkillsTable } from './SkillsTable';
import { TrainingNeeds } from './TrainingNeeds';
import type { CellRef } from './useMatrixKeys';
import '../ui.css';
import './skills.css';

/**
 * The skills matrix of the open scenario: who is trained on which workstation, whether the
 * cross-training rule holds both ways (k people per workstation, k workstations per
 * person), and what to train next. Every level change is one undoable command.
 */
export function SkillsMatrixView() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const scenario = useScenario();
  const selection = useSelection();
  const analysis = useAnalysis();
  const run = useScenarioCommand();
  const settings = useEditor((s) => s.project.settings);
  const { units, teams, roles, workstations } = scenario;
  const rows = useMemo(() => matrixRows({ units, teams, roles }), [units, teams, roles]);
  const columns = useMemo(() => matrixColumns({ units, workstations }), [units, workstations]);
  const order = useMemo(() => matrixOrder(rows, columns), [rows, columns]);
  const lookup = useMemo(() => coverageLookup(analysis.coverage), [analysis.coverage]);
  const gaps = useMemo(() => trainingGaps(analysis.coverage, order), [analysis.coverage, order]);
  const k = { people: settings.coveragePeoplePerWorkstation, workstations: settings.coverageWorkstationsPerPerson };

  const setLevel = useCallback(
    ({ roleId, workstationId }: CellRef, level: QualificationLevel) => {
      const current = store.getState().project.scenarios[store.scenarioId]?.roles[roleId]?.qualifications[workstationId] ?? 0;
      if (current !== level) run('setQualification', { roleId, workstationId, level });
    },
    [store, run],
  );
  const selectRole = useCallback((role: Role) => store.setSelection([role.id]), [store]);
  const empty = order.roleIds.length === 0 || order.workstationIds.length === 0;

  return (
    <div className="skills-view" data-testid="skills-matrix">
      <div className="skills-toolbar">
        <h2 className="skills-title">{t('analysisInputs.skills.title')}</h2>
        <CoverageSettings />
        <Legend />
      </div>
      {empty ? (
        <p className="skills-empty">{t('analysisInputs.skills.empty')}</p>
      ) : (
        <>
          <SkillsTable
            scenario={scenario}
            rows={rows}
            columns={columns}
            order={order}
            lookup={lookup}
            k={k}
            selectedId={selection.length === 1 ? selection[0] : undefined}
            setLevel={setLevel}
            onSelectRole={selectRole}
          />
          <TrainingNeeds scenario={scenario} gaps={gaps} hasData={analysis.coverage.hasData} k={k} setLevel={setLevel} />
        </>
      )}
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="skills-legend" aria-label={t('analysisInputs.skills.legend')}>
      {QUALIFICATION_LEVELS.map((level) => (
        <span key={level} className="skills-legend-item">
          <LevelGlyph level={level} />
          {t(`model.qualification.${level}`)}
        </span>
      ))}
      <span className="skills-hint">{t('analysisInputs.skills.keyboardHint')}</span>
    </div>
  );
}
