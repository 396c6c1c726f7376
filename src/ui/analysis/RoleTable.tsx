import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleId } from '../../model';
import { formatNumber } from '../format';
import { fixed } from './messageText';
import { SORT_COLUMNS, type RoleRow, type RoleSort, type SortColumn } from './roleRows';
import './roleTable.css';
import { FlagIcon, QUADRANT_FLAGS, QuadrantGlyph } from './visuals';

interface RoleTableProps {
  rows: readonly RoleRow[];
  sort: RoleSort;
  onSort: (column: SortColumn) => void;
  selectedId: string | undefined;
  onSelect: (roleId: RoleId) => void;
  onShow: (roleId: RoleId) => void;
  /** Opens "How is this computed?" for a role, when that dialog exists. */
  onExplain?: (roleId: RoleId) => void;
}

const NUMERIC: ReadonlySet<SortColumn> = new Set(['headcount', 'SD', 'DA', 'DL', 'PD', 'ratio']);

function Head({ sort, onSort, explain }: Pick<RoleTableProps, 'sort' | 'onSort'> & { explain: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {SORT_COLUMNS.map((column) => {
          const active = sort.column === column;
          const name = t(`analysis.table.column.${column}`);
          return (
            <th
              key={column}
              scope="col"
              className={`col-${column}${NUMERIC.has(column) ? ' is-num' : ''}`}
              aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
              title={t(`analysis.table.columnHint.${column}`)}
            >
              <button
                type="button"
                className="rt-sort"
                onClick={() => onSort(column)}
                data-testid={`analysis.sort.${column}`}
                aria-label={t('analysis.table.sortBy', { column: name })}
              >
                {name}
                <span className={`rt-arrow${active ? ' is-active' : ''}`} aria-hidden="true">
                  {active ? (sort.descending ? '▼' : '▲') : '↕'}
                </span>
              </button>
            </th>
          );
        })}
        {explain && (
          <th className="col-explain">
            <span className="visually-hidden">{t('analysis.howComputed')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}

function Flags({ flags }: { flags: RoleRow['flags'] }) {
  const { t } = useTranslation();
  const shown = flags.filter((f) => !QUADRANT_FLAGS.has(f));
  if (shown.length === 0) return <span className="muted">{t('analysis.table.noFlags')}</span>;
  return (
    <ul className="rt-flags">
      {shown.map((flag) => (
        <li key={flag} className={`flag-chip flag-${flag}`} title={t(`analysis.flag.${flag}.long`)} data-flag={flag}>
          <FlagIcon flag={flag} size={13} />
          {t(`analysis.flag.${flag}.short`)}
        </li>
      ))}
    </ul>
  );
}

function Weba({ failures }: { failures: RoleRow['webaFailures'] }) {
  const { t } = useTranslation();
  if (failures.length === 0) return <span className="muted">{t('analysis.table.none')}</span>;
  return (
    <span className="rt-weba" aria-label={failures.map((c) => `${c} ${t(`analysis.weba.${c}`)}`).join(', ')}>
      {failures.map((c) => (
        <abbr key={c} className="weba-chip" title={t(`analysis.weba.${c}`)}>
          {c}
        </abbr>
      ))}
    </span>
  );
}

/** "How is this computed?" for the row's role, without selecting the row. */
function ExplainCell({ row, onExplain }: { row: RoleRow; onExplain: (roleId: RoleId) => void }) {
  const { t } = useTranslation();
  const label = t('analysis.howComputedFor', { role: row.name });
  return (
    <td className="col-explain">
      <button
        type="button"
        className="explain-button"
        data-testid="analysis.how-computed"
        onClick={(e) => {
          e.stopPropagation();
          onExplain(row.roleId);
        }}
        onDoubleClick={(e) => e.stopPropagation()}
        aria-label={label}
        title={label}
      >
        <span aria-hidden="true">ƒx</span>
      </button>
    </td>
  );
}

interface RowProps {
  row: RoleRow;
  selected: boolean;
  onSelect: (roleId: RoleId) => void;
  onShow: (roleId: RoleId) => void;
  onExplain: ((roleId: RoleId) => void) | undefined;
}

const Row = memo(function Row({ row, selected, onSelect, onShow, onExplain }: RowProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const one = (v: number) => fixed(v, lang, 1);
  return (
    <tr
      className={`q-row-${row.quadrant}${selected ? ' is-selected' : ''}`}
      data-testid="analysis.role-row"
      data-role-id={row.roleId}
      data-quadrant={row.quadrant}
      aria-selected={selected}
      title={t('analysis.table.rowHint')}
      onClick={() => onSelect(row.roleId)}
      onDoubleClick={() => onShow(row.roleId)}
    >
      <th scope="row" className="rt-role">
        {/* Its click bubbles to the row: the button is how the keyboard selects a role. */}
        <button type="button" className="rt-name" aria-pressed={selected}>
          {row.name}
        </button>
        {row.fromQuestionnaire && (
          <span className="rt-source" title={t('analysis.table.questionnaire')}>
            Q
          </span>
        )}
      </th>
      <td className="is-num">{formatNumber(row.headcount, lang, 2)}</td>
      <td className="is-num">{one(row.SD)}</td>
      <td className="is-num">{one(row.DA)}</td>
      <td className="is-num">{one(row.DL)}</td>
      <td className="is-num">{one(row.PD)}</td>
      <td className={`is-num rt-ratio${row.ratio > 1 ? ' is-over' : ''}`}>{fixed(row.ratio, lang, 2)}</td>
      <td className={`rt-quadrant q-text-${row.quadrant}`} data-testid="analysis.role-quadrant">
        <QuadrantGlyph quadrant={row.quadrant} />
        {t(`analysis.quadrant.${row.quadrant}.name`)}
      </td>
      <td className="col-weba" data-testid="analysis.role-weba">
        <Weba failures={row.webaFailures} />
      </td>
      <td className="col-flags" data-testid="analysis.role-flags">
        <Flags flags={row.flags} />
      </td>
      {onExplain && <ExplainCell row={row} onExplain={onExplain} />}
    </tr>
  );
});

/** The role scores as a sortable table; the worst strain ratio comes first by default. */
export function RoleTable({ rows, sort, onSort, selectedId, onSelect, onShow, onExplain }: RoleTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="analysis-empty">{t('analysis.table.empty')}</p>;
  return (
    <div className="rt-scroll">
      <table className="role-table" data-testid="analysis.roles">
        <caption className="visually-hidden">{t('analysis.table.caption')}</caption>
        <Head sort={sort} onSort={onSort} explain={!!onExplain} />
        <tbody>
          {rows.map((row) => (
            <Row
              key={row.roleId}
              row={row}
              selected={row.roleId === selectedId}
              onSelect={onSelect}
              onShow={onShow}
              onExplain={onExplain}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
