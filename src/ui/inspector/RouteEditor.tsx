import { useTranslation } from 'react-i18next';
import type { Family, RouteStep, Scenario, WorkstationId } from '../../model';
import { WorkstationChips } from '../fields/WorkstationChips';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { Section } from './fields';

/**
 * The family's route as an ordered list of steps; each step names the workstations any
 * of which can do it. Every edit is one route command and one undo step.
 */
export function RouteEditor({ family, scenario }: { family: Family; scenario: Scenario }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const processTypes = family.route.map((step) => stepProcessType(step, scenario)).filter(Boolean);
  return (
    <Section title={t('model.field.route')}>
      {processTypes.length > 0 && (
        <p className="insp-routing" data-testid="inspector.routing">
          {processTypes.join(' → ')}
        </p>
      )}
      <ol className="route-steps" data-testid="inspector.route">
        {family.route.map((step, index) => (
          <RouteStepItem key={step.id} family={family} step={step} index={index} scenario={scenario} />
        ))}
      </ol>
      {family.route.length === 0 && (
        <p className="insp-hint">
          {Object.keys(scenario.workstations).length ? t('ui.inspector.route.empty') : t('ui.inspector.noWorkstations')}
        </p>
      )}
      <WorkstationChips
        scenario={scenario}
        selected={[]}
        testId="inspector.route.add-step"
        ariaLabel={t('ui.inspector.route.addStep')}
        addLabel={t('ui.inspector.route.addStep')}
        onChange={(ws) => run('insertRouteStep', { familyId: family.id, workstations: ws })}
      />
    </Section>
  );
}

/** A step's process type when its workstations agree on one, else the types joined with "/". */
function stepProcessType(step: RouteStep, scenario: Scenario): string {
  const types = new Set(step.workstations.map((w) => scenario.workstations[w]?.processType ?? '').filter(Boolean));
  return [...types].join('/');
}

interface StepProps {
  family: Family;
  step: RouteStep;
  index: number;
  scenario: Scenario;
}

function RouteStepItem({ family, step, index, scenario }: StepProps) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const n = index + 1;
  const last = family.route.length - 1;
  const move = (toIndex: number, button: 'up' | 'down') => {
    run('moveRouteStep', { familyId: family.id, stepId: step.id, toIndex });
    // Reordering re-inserts the step's element, which drops focus; keep it on the arrow.
    requestAnimationFrame(() => refocus(step.id, button));
  };
  return (
    <li className="route-step" data-testid="inspector.route.step" data-step-id={step.id}>
      <span className="route-step-n" aria-hidden="true">
        {n}
      </span>
      <WorkstationChips
        scenario={scenario}
        selected={step.workstations}
        keepOne
        testId="inspector.route.step-workstations"
        ariaLabel={t('ui.inspector.route.step', { n })}
        addLabel={t('ui.inspector.route.or')}
        onChange={(ws: WorkstationId[]) =>
          run('setRouteStepWorkstations', { familyId: family.id, stepId: step.id, workstations: ws })
        }
      />
      <span className="route-step-actions">
        <button
          type="button"
          className="icon-button"
          disabled={index === 0}
          aria-label={t('ui.inspector.route.moveUp', { n })}
          title={t('ui.inspector.route.moveUp', { n })}
          data-testid="inspector.route.up"
          onClick={() => move(index - 1, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === last}
          aria-label={t('ui.inspector.route.moveDown', { n })}
          title={t('ui.inspector.route.moveDown', { n })}
          data-testid="inspector.route.down"
          onClick={() => move(index + 1, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button danger-icon"
          aria-label={t('ui.inspector.route.removeStep', { n })}
          title={t('ui.inspector.route.removeStep', { n })}
          data-testid="inspector.route.remove"
          onClick={() => run('removeRouteStep', { familyId: family.id, stepId: step.id })}
        >
          ×
        </button>
      </span>
    </li>
  );
}

function refocus(stepId: string, button: 'up' | 'down'): void {
  const item = document.querySelector(`[data-step-id="${stepId}"]`);
  const wanted = item?.querySelector<HTMLButtonElement>(`[data-testid="inspector.route.${button}"]`);
  const other = item?.querySelector<HTMLButtonElement>(
    `[data-testid="inspector.route.${button === 'up' ? 'down' : 'up'}"]`,
  );
  (wanted && !wanted.disabled ? wanted : other)?.focus();
}
