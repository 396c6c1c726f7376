import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../model';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';

/** Count, total load and unassigned tasks: what a planner checks first. */
export function TaskTableSummary({ tasks }: { tasks: Scenario['tasks'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const all = Object.values(tasks);
  const load = all.reduce((acc, task) => acc + task.load, 0);
  const unassigned = all.filter((task) => Object.keys(task.assignments).length === 0).length;
  return (
    <span className="tt-summary" data-testid="task-table.summary">
      {t('ui.taskTable.count', { count: all.length })}
      <span aria-hidden="true"> · </span>
      {t('ui.taskTable.totalLoad', { hours: formatNumber(load, language, 1) })}
      {unassigned > 0 && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="tt-warn">{t('ui.taskTable.unassigned', { count: unassigned })}</span>
        </>
      )}
    </span>
  );
}
