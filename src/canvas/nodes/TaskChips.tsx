import { memo } from 'react';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import type { TaskChip } from '../types';

/** Chips that fit one row of a role card; beyond that the last place says "+n". */
const MAX_CHIPS = 4;

/**
 * One chip per task a role holds: kind letter (and control level) as text, coloured by
 * kind, with the task name and the role's share in the tooltip.
 */
export const TaskChips = memo(function TaskChips({ chips }: { chips: readonly TaskChip[] }) {
  const { t } = useNodeTranslation();
  if (chips.length === 0) return <div className="task-chips task-chips-empty">{t('canvas.node.noTasks')}</div>;
  const shown = chips.length > MAX_CHIPS ? chips.slice(0, MAX_CHIPS - 1) : chips;
  const hidden = chips.length - shown.length;
  return (
    <ul className="task-chips">
      {shown.map((chip) => {
        const kind = t(`model.taskKind.${chip.kind}`);
        const share = Math.round(chip.share * 100);
        const hint = chip.level
          ? t('canvas.node.taskHintControl', {
              name: chip.name,
              kind,
              level: t(`model.controlLevel.${chip.level}`),
              share,
            })
          : t('canvas.node.taskHint', { name: chip.name, kind, share });
        return (
          <li key={chip.taskId} className={`task-chip task-${chip.kind}`} title={hint} aria-label={hint}>
            {t(`model.taskKindShort.${chip.kind}`)}
            {chip.level && `·${t(`model.controlLevelShort.${chip.level}`)}`}
          </li>
        );
      })}
      {hidden > 0 && (
        <li
          className="task-chip task-more"
          title={chips
            .slice(shown.length)
            .map((c) => c.name)
            .join('\n')}
          aria-label={t('canvas.node.moreTasksHint', { count: hidden })}
        >
          {t('canvas.node.moreTasks', { count: hidden })}
        </li>
      )}
    </ul>
  );
});
