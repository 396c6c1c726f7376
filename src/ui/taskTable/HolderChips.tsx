import { useTranslation } from 'react-i18next';
import type { RoleId, Scenario, Task } from '../../model';
import { formatPercent } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';

/** Who holds a task, largest share first, as "Role 60 %" chips; "Unassigned" when nobody. */
export function HolderChips({ task, roles }: { task: Task; roles: Scenario['roles'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const holders = (Object.entries(task.assignments) as [RoleId, number][]).sort((a, b) => b[1] - a[1]);
  if (holders.length === 0) return <span className="chip chip-empty">{t('ui.common.unassigned')}</span>;
  return (
    <>
      {holders.map(([roleId, share]) => (
        <span key={roleId} className="chip chip-role" data-role-id={roleId}>
          <span className="chip-text">{roles[roleId]?.name ?? roleId}</span>
          <span className="chip-share">{formatPercent(share, language, 1)}</span>
        </span>
      ))}
    </>
  );
}
