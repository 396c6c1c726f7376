import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MctDraftApi } from './useMctDraft';

interface MctToolbarProps {
  api: MctDraftApi;
  /** The family has no route steps to build segments from. */
  noRoute: boolean;
  /** Called after segments were added, to move focus into the new row. */
  onAdded: () => void;
}

/** Under the segment table: add a segment, build segments from the route, the working week. */
export function MctToolbar({ api, noRoute, onAdded }: MctToolbarProps) {
  const { t } = useTranslation();
  const hoursId = useId();
  const weeklyError = api.check.ok ? null : api.check.issues.find((i) => i.kind === 'weeklyHours');
  const usesHours = api.draft.segments.some((s) => s.timeUnit === 'hours');
  const run = (edit: () => void) => () => {
    edit();
    onAdded();
  };
  return (
    <div className="mct-toolbar">
      <button type="button" onClick={run(api.add)} data-testid="mct.add">
        + {t('qrm.mct.add')}
      </button>
      <button
        type="button"
        onClick={run(api.buildFromRoute)}
        disabled={noRoute}
        title={noRoute ? t('qrm.mct.noRoute') : t('qrm.mct.fromRouteHint')}
        data-testid="mct.from-route"
      >
        {t('qrm.mct.fromRoute')}
      </button>
      <span className="mct-toolbar-spacer" />
      <label className="mct-weekly" htmlFor={hoursId} title={t('qrm.mct.weeklyHoursHint')}>
        {t('qrm.mct.weeklyHours')}
      </label>
      <input
        id={hoursId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="mct-number"
        value={api.draft.weeklyHours}
        aria-invalid={weeklyError ? true : undefined}
        aria-describedby={`${hoursId}-hint`}
        data-testid="mct.weekly-hours"
        onChange={(e) => api.setWeeklyHours(e.target.value)}
      />
      {/* The conversion matters only once a segment is in hours; until then it stays for screen readers. */}
      <p id={`${hoursId}-hint`} className={usesHours ? 'mct-hint mct-toolbar-hint' : 'visually-hidden'}>
        {t('qrm.mct.weeklyHoursHint')}
      </p>
    </div>
  );
}
