import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenario, useSelection } from '../app/editorContext';
import {
  isFamilyId,
  isPolcaLoopId,
  isRoleId,
  isTaskId,
  isTeamId,
  isUnitId,
  isWorkstationId,
  type Scenario,
} from '../model';
import {
  FamilyPanel,
  MultiPanel,
  PolcaLoopPanel,
  RolePanel,
  TaskPanel,
  TeamPanel,
  UnitPanel,
  WorkstationPanel,
} from './inspector/lazyPanels';
import { ProjectPanel } from './inspector/ProjectPanel';
import { LoadingNote } from './LoadingNote';
import './ui.css';
import './inspector/inspector.css';

/**
 * The right sidebar: edits the one selected item, or the project and scenario when
 * nothing is selected. Panels are keyed by id so a half-typed value never carries over
 * to the next item.
 */
export function Inspector() {
  const { t } = useTranslation();
  const selection = useSelection();
  const scenario = useScenario();
  return (
    <section className="inspector" data-testid="inspector" aria-label={t('ui.inspector.title')}>
      <Suspense fallback={<LoadingNote />}>
        {selection.length > 1 ? (
          <MultiPanel selection={selection} />
        ) : (
          <SinglePanel id={selection[0]} scenario={scenario} />
        )}
      </Suspense>
    </section>
  );
}

function SinglePanel({ id, scenario }: { id: string | undefined; scenario: Scenario }) {
  if (id === undefined) return <ProjectPanel key={scenario.id} />;
  if (isUnitId(id) && scenario.units[id]) return <UnitPanel key={id} unit={scenario.units[id]} />;
  if (isWorkstationId(id) && scenario.workstations[id])
    return <WorkstationPanel key={id} ws={scenario.workstations[id]} />;
  if (isFamilyId(id) && scenario.families[id]) return <FamilyPanel key={id} family={scenario.families[id]} />;
  if (isTeamId(id) && scenario.teams[id]) return <TeamPanel key={id} team={scenario.teams[id]} />;
  if (isRoleId(id) && scenario.roles[id]) return <RolePanel key={id} role={scenario.roles[id]} />;
  if (isTaskId(id) && scenario.tasks[id]) return <TaskPanel key={id} task={scenario.tasks[id]} />;
  if (isPolcaLoopId(id) && scenario.polcaLoops[id]) return <PolcaLoopPanel key={id} loop={scenario.polcaLoops[id]} />;
  return <ProjectPanel key={scenario.id} />;
}
