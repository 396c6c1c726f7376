import { useTranslation } from 'react-i18next';
import type { CsvIssue, CsvPlan, PlannedRow, RowAction } from '../../io/csv';
import { columnLabel, issueText } from './csvText';

export function countRows(plan: CsvPlan): Record<RowAction, number> {
  const count = (action: RowAction) => plan.rows.filter((r) => r.action === action).length;
  return { add: count('add'), update: count('update'), unchanged: count('unchanged') };
}

interface SummaryProps {
  plan: CsvPlan;
  fileName: string;
  scenarioName: string;
}

/** The file, how it was read, and how many rows add, update, stay or are wrong. */
export function CsvSummary({ plan, fileName, scenarioName }: SummaryProps) {
  const { t } = useTranslation();
  const counts = countRows(plan);
  const errors = plan.issues.length;
  const read = plan.separator
    ? `${t('csv.preview.fileInfo', { rows: plan.dataRows, separator: t(`csv.separator.${plan.separator}`) })} · `
    : '';
  return (
    <>
      <p className="csv-file">
        <strong>{fileName}</strong>
        <span className="muted small">{read + t('csv.preview.scenario', { scenario: scenarioName })}</span>
      </p>
      <ul
        className="csv-summary"
        data-testid="csv.summary"
        data-add={counts.add}
        data-update={counts.update}
        data-unchanged={counts.unchanged}
        data-errors={errors}
      >
        <li className="csv-badge csv-badge-add">{t('csv.preview.add', { count: counts.add })}</li>
        <li className="csv-badge csv-badge-update">{t('csv.preview.update', { count: counts.update })}</li>
        <li className="csv-badge">{t('csv.preview.unchanged', { count: counts.unchanged })}</li>
        {errors > 0 && <li className="csv-badge csv-badge-error">{t('csv.preview.errors', { count: errors })}</li>}
      </ul>
    </>
  );
}

/** Long lists stay fast: the first rows are shown, the rest counted. */
const SHOWN = 200;

function More({ total }: { total: number }) {
  const { t } = useTranslation();
  if (total <= SHOWN) return null;
  return <p className="muted small">{t('csv.preview.more', { count: total - SHOWN })}</p>;
}

/** Every problem with its row and column, in file order, so the user can fix the file. */
export function CsvIssueTable({ issues }: { issues: readonly CsvIssue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="csv-errors" role="alert" aria-labelledby="csv-errors-title">
      <h3 id="csv-errors-title">{t('csv.preview.errorsTitle')}</h3>
      <p className="small">{t('csv.preview.errorsHint')}</p>
      <div className="csv-table-scroll">
        <table className="csv-table" data-testid="csv.issues">
          <thead>
            <tr>
              <th className="csv-num">{t('csv.preview.row')}</th>
              <th>{t('csv.preview.column')}</th>
              <th>{t('csv.preview.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, SHOWN).map((issue, i) => (
              <tr
                key={i}
                data-testid="csv.issue"
                data-code={issue.code}
                data-row={issue.row ?? ''}
                data-column={issue.column ?? ''}
              >
                <td className="csv-num">{issue.row ?? t('csv.preview.file')}</td>
                <td className="csv-column">{columnLabel(issue)}</td>
                <td>{issueText(t, issue, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <More total={issues.length} />
    </section>
  );
}

/** Rows that add or update something, with each changed cell as "old → new". */
export function CsvChangeTable({ rows }: { rows: readonly PlannedRow[] }) {
  const { t } = useTranslation();
  const changed = rows.filter((r) => r.action !== 'unchanged');
  if (changed.length === 0) return null;
  const shown = (text: string) => (text === '' ? <span className="muted">{t('csv.preview.none')}</span> : text);
  return (
    <section aria-labelledby="csv-changes-title">
      <h3 id="csv-changes-title">{t('csv.preview.changesTitle')}</h3>
      <div className="csv-table-scroll">
        <table className="csv-table" data-testid="csv.changes">
          <thead>
            <tr>
              <th className="csv-num">{t('csv.preview.row')}</th>
              <th>{t('csv.preview.name')}</th>
              <th>{t('csv.preview.change')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.slice(0, SHOWN).map((r) => (
              <tr key={r.row} data-testid="csv.change" data-row={r.row} data-action={r.action}>
                <td className="csv-num">{r.row}</td>
                <td>{r.name}</td>
                <td>
                  {r.action === 'add' ? (
                    <span className="csv-badge csv-badge-add">{t('csv.preview.new')}</span>
                  ) : (
                    <ul className="csv-cell-changes">
                      {r.changes.map((c) => (
                        <li key={c.column}>
                          <span className="csv-column">{c.column}</span> {shown(c.from)}{' '}
                          <span aria-hidden="true">→</span> <strong>{shown(c.to)}</strong>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <More total={changed.length} />
    </section>
  );
}
