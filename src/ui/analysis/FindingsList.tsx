import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../analysis';
import { findingTitle, messageText, type MessageContext } from './messageText';
import { SeverityIcon } from './visuals';
import './findings.css';

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];
/** Findings listed before "show more"; a job shop easily has seventy. */
const PAGE = 12;

interface FindingsListProps {
  findings: readonly Finding[];
  ctx: MessageContext;
  /** Shows the finding's entity: on the canvas, or in the profile for a scenario-wide finding. */
  onOpen: (finding: Finding) => void;
  /** The selected entity, offered as a filter when findings are about it. */
  selectedId: string | undefined;
}

type Filter = Severity | 'all';

interface FilterBarProps {
  findings: readonly Finding[];
  filter: Filter;
  onFilter: (f: Filter) => void;
  /** Name of the selected entity when it has findings. */
  selectedName: string | null;
  onlySelected: boolean;
  onOnlySelected: (only: boolean) => void;
}

function FilterBar({ findings, filter, onFilter, selectedName, onlySelected, onOnlySelected }: FilterBarProps) {
  const { t } = useTranslation();
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  return (
    <div className="findings-filters">
      <div className="segmented findings-filter" role="group" aria-label={t('analysis.findings.filter')}>
        <button
          type="button"
          aria-pressed={filter === 'all'}
          onClick={() => onFilter('all')}
          data-testid="analysis.filter.all"
        >
          {t('analysis.findings.all')} <span className="count">{findings.length}</span>
        </button>
        {SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={filter === s}
            onClick={() => onFilter(s)}
            data-testid={`analysis.filter.${s}`}
          >
            <SeverityIcon severity={s} size={13} />
            {t(`analysis.severity.${s}`)} <span className="count">{counts[s]}</span>
          </button>
        ))}
      </div>
      {selectedName && (
        <button
          type="button"
          className="only-selected"
          aria-pressed={onlySelected}
          onClick={() => onOnlySelected(!onlySelected)}
          data-testid="analysis.filter.selected"
        >
          {t('analysis.findings.onlySelected', { name: selectedName })}
        </button>
      )}
    </div>
  );
}

/** Why (drivers) and what to change (moves), side by side. */
function FindingBody({ finding, ctx }: { finding: Finding; ctx: MessageContext }) {
  const { t } = useTranslation();
  return (
    <div className="finding-body">
      <div className="finding-part">
        <h4>{t('analysis.findings.because')}</h4>
        <ul className="finding-drivers" data-testid="analysis.finding-drivers">
          {finding.drivers.map((d, i) => (
            <li key={i}>{messageText(d, ctx)}</li>
          ))}
        </ul>
      </div>
      <div className="finding-part">
        <h4>{t('analysis.findings.moves')}</h4>
        {finding.suggestedMoves.length === 0 ? (
          <p className="muted">{t('analysis.findings.noMoves')}</p>
        ) : (
          <ul className="finding-moves" data-testid="analysis.finding-moves">
            {finding.suggestedMoves.map((m, i) => (
              <li key={i}>{messageText(m, ctx)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

const FindingItem = memo(function FindingItem({
  finding,
  ctx,
  onOpen,
}: {
  finding: Finding;
  ctx: MessageContext;
  onOpen: (f: Finding) => void;
}) {
  const { t } = useTranslation();
  const scenarioWide = finding.code === 'PARAMETER_HIGH';
  const entity = scenarioWide ? t('analysis.findings.scenario') : ctx.nameOf(finding.entityId);
  const parameter = finding.drivers[0]?.params.parameter;
  const action = scenarioWide
    ? t('analysis.findings.showParameter', { parameter: parameter ?? '' })
    : t('analysis.findings.showEntity', { name: entity });
  return (
    <li
      className={`finding is-${finding.severity}`}
      data-testid="analysis.finding"
      data-code={finding.code}
      data-entity-id={finding.entityId}
      data-severity={finding.severity}
    >
      <button type="button" className="finding-head" onClick={() => onOpen(finding)} title={action}>
        <span className={`finding-severity sev-text-${finding.severity}`}>
          <SeverityIcon severity={finding.severity} />
          {t(`analysis.severity.${finding.severity}`)}
        </span>
        <span className="finding-title">{findingTitle(finding, ctx)}</span>
        <span className="finding-entity" data-testid="analysis.finding-entity">
          {entity}
        </span>
        <span className="finding-go" aria-hidden="true">
          →
        </span>
        <span className="visually-hidden">{action}</span>
      </button>
      <FindingBody finding={finding} ctx={ctx} />
    </li>
  );
});

/** Findings most severe first (the engine's order), filterable by severity, paged. */
export function FindingsList({ findings, ctx, onOpen, selectedId }: FindingsListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [onlySelected, setOnlySelected] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const selectedHas = selectedId !== undefined && findings.some((f) => f.entityId === selectedId);
  const only = onlySelected && selectedHas;
  const visible = findings.filter(
    (f) => (filter === 'all' || f.severity === filter) && (!only || f.entityId === selectedId),
  );
  const shown = visible.slice(0, limit);
  const chooseFilter = (f: Filter) => {
    setFilter(f);
    setLimit(PAGE);
  };
  return (
    <>
      {findings.length > 0 && (
        <FilterBar
          findings={findings}
          filter={filter}
          onFilter={chooseFilter}
          selectedName={selectedHas ? ctx.nameOf(selectedId) : null}
          onlySelected={only}
          onOnlySelected={setOnlySelected}
        />
      )}
      {visible.length === 0 ? (
        <p className="analysis-empty">
          {findings.length === 0 ? t('analysis.findings.empty') : t('analysis.findings.emptyFilter')}
        </p>
      ) : (
        <ol className="findings">
          {shown.map((f) => (
            <FindingItem
              key={`${f.code} ${f.entityId} ${f.drivers[0]?.params.parameter ?? ''}`}
              finding={f}
              ctx={ctx}
              onOpen={onOpen}
            />
          ))}
        </ol>
      )}
      {visible.length > shown.length && (
        <button
          type="button"
          className="findings-more"
          onClick={() => setLimit(visible.length)}
          data-testid="analysis.findings-more"
        >
          {t('analysis.findings.more', { count: visible.length - shown.length })}
        </button>
      )}
    </>
  );
}
