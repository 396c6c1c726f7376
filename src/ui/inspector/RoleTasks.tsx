import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../app/editorContext';
import type { Role, Scenario } from '../../model';
import { formatNumber, formatPercent } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { heldHours, tasksHeldBy } from '../roleTasks';
import { Section } from './fields';

/** What the role does: its tasks with its share, and the hours that adds up to. */
export function RoleTasks({ role, scenario }: { role: Role; scenario: Scenario }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const store = useEditorStore();
  const held = useMemo(() => tasksHeldBy(scenario.tasks, role.id), [scenario.tasks, role.id]);
  const hours = formatNumber(heldHours(held), language, 1);
  const capacity = formatNumber(role.headcount * role.hoursPerWeek, language, 1);
  return (
    <Section title={t('ui.inspector.tasksHeld')} actions={<span className="insp-count">{held.length}</span>}>
      {held.length === 0 ? (
        <p className="insp-hint">{t('ui.inspector.noTasksHeld')}</p>
      ) : (
        <>
          <ul className="insp-list role-tasks" data-testid="inspector.tasks">
            {held.map(({ task, share, hours: h }) => (
              <li key={task.id} data-task-id={task.id}>
                <span
                  className={`task-kind-dot task-kind-${task.kind}`}
                  title={t(`model.taskKind.${task.kind}`)}
                  aria-hidden="true"
                />
                <button
                  type="button"
                  className="link-button insp-list-name"
                  onClick={() => store.setSelection([task.id])}
                >
                  {task.name}
                </button>
                <span className="insp-count" data-testid="inspector.task-share">
                  {formatPercent(share, language, 1)}
                </span>
                <span className="insp-count insp-hours">
                  {t('ui.common.hours', { hours: formatNumber(h, language, 1) })}
                </span>
              </li>
            ))}
          </ul>
          <p className="insp-summary" data-testid="inspector.tasks-total">
            {t('ui.inspector.heldTotal', { hours, capacity })}
          </p>
        </>
      )}
    </Section>
  );
}
