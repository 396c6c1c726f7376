import { useTranslation } from 'react-i18next';
import { TASK_COLUMNS, type TaskColumn, type TaskSort } from '../taskSort';
import { NUMERIC_COLUMNS } from './columns';

interface HeadProps {
  sort: TaskSort;
  onSort: (sort: TaskSort) => void;
}

/** Column titles; clicking one sorts by it, clicking it again reverses the order. */
export function TaskTableHead({ sort, onSort }: HeadProps) {
  const { t } = useTranslation();
  const toggle = (column: TaskColumn) =>
    onSort({ column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' });
  return (
    <thead>
      <tr>
        {TASK_COLUMNS.map((column) => {
          const active = sort.column === column;
          const label = t(`model.field.${column}`);
          return (
            <th
              key={column}
              scope="col"
              className={`col-${column}${NUMERIC_COLUMNS.has(column) ? ' col-num' : ''}`}
              aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <button
                type="button"
                className={`th-sort${active ? ' is-active' : ''}`}
                data-testid={`task-table.sort.${column}`}
                title={t('ui.taskTable.sortBy', { column: label })}
                onClick={() => toggle(column)}
              >
                <span>{label}</span>
                <span className="th-arrow" aria-hidden="true">
                  {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          );
        })}
        <th scope="col" className="col-actions">
          <span className="visually-hidden">{t('ui.taskTable.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
