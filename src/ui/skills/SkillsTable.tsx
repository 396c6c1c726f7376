import { Fragment, useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkstationCoverage } from '../../analysis';
import type { QualificationLevel, Role, RoleId, Scenario, Workstation, WorkstationId } from '../../model';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { LevelMenu } from './LevelMenu';
import { MatrixRow } from './MatrixRow';
import type { CoverageLookup, MatrixColumnGroup, MatrixRowGroup } from './matrix';
import { cellOf, useMatrixKeys, type CellRef } from './useMatrixKeys';

interface SkillsTableProps {
  scenario: Scenario;
  rows: readonly MatrixRowGroup[];
  columns: readonly MatrixColumnGroup[];
  order: { roleIds: RoleId[]; workstationIds: WorkstationId[] };
  lookup: CoverageLookup;
  k: { people: number; workstations: number };
  selectedId: string | undefined;
  setLevel: (cell: CellRef, level: QualificationLevel) => void;
  onSelectRole: (role: Role) => void;
}

/** The grid: workstations by unit across, roles by unit and team down, coverage at the edges. */
export function SkillsTable({ scenario, rows, columns, order, lookup, k, selectedId, setLevel, onSelectRole }: SkillsTableProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ cell: CellRef; anchor: HTMLElement } | null>(null);
  const openMenu = useCallback((cell: CellRef, anchor: HTMLElement) => setMenu({ cell, anchor }), []);
  const keys = useMatrixKeys({ root, ...order, setLevel, openMenu });
  const workstations = useMemo(() => columns.flatMap((g) => g.workstations), [columns]);
  // The one tab stop: the last active cell while it still exists (undo or another scenario may remove it).
  const active = keys.active;
  const tabStop =
    active && order.roleIds.includes(active.roleId) && order.workstationIds.includes(active.workstationId)
      ? active
      : { roleId: order.roleIds[0], workstationId: order.workstationIds[0] };
  const closeMenu = useCallback(() => {
    menu?.anchor.focus({ preventScroll: true });
    setMenu(null);
  }, [menu]);

  const onClick = (e: MouseEvent<HTMLElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-testid="skills.cell"]');
    const cell = el && cellOf(el);
    if (!el || !cell) return;
    keys.setActive(cell);
    openMenu(cell, el);
  };
  const menuRole = menu && scenario.roles[menu.cell.roleId];
  const menuWs = menu && scenario.workstations[menu.cell.workstationId];

  return (
    <div className="skills-scroll" ref={root}>
      <table className="skills-grid" aria-label={t('analysisInputs.skills.title')}>
        <MatrixHead columns={columns} kWorkstations={k.workstations} />
        <MatrixBody
          rows={rows}
          workstations={workstations}
          lookup={lookup}
          k={k.workstations}
          tabStop={tabStop}
          selectedId={selectedId}
          onSelectRole={onSelectRole}
          onKeyDown={keys.onKeyDown}
          onClick={onClick}
          onFocusCell={keys.setActive}
        />
        <MatrixFoot columns={columns} lookup={lookup} kPeople={k.people} />
      </table>
      {menu && menuRole && menuWs && (
        <LevelMenu
          anchor={menu.anchor}
          current={menuRole.qualifications[menuWs.id] ?? 0}
          label={t('analysisInputs.skills.menuLabel', { role: menuRole.name, workstation: menuWs.name })}
          onPick={(level) => {
            setLevel(menu.cell, level);
            closeMenu();
          }}
          onClose={closeMenu}
        />
      )}
    </div>
  );
}

interface MatrixBodyProps {
  rows: readonly MatrixRowGroup[];
  workstations: readonly Workstation[];
  lookup: CoverageLookup;
  k: number;
  tabStop: { roleId: RoleId | undefined; workstationId: WorkstationId | undefined };
  selectedId: string | undefined;
  onSelectRole: (role: Role) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onClick: (e: MouseEvent<HTMLElement>) => void;
  onFocusCell: (cell: CellRef) => void;
}

/** Role rows under a heading per unit and team; cell events are handled once, here. */
function MatrixBody({ rows, workstations, lookup, k, tabStop, selectedId, onSelectRole, onKeyDown, onClick, onFocusCell }: MatrixBodyProps) {
  const { t } = useTranslation();
  return (
    <tbody
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(e) => {
        const cell = cellOf(e.target as HTMLElement);
        if (cell) onFocusCell(cell);
      }}
    >
      {rows.map((group) => (
        <Fragment key={group.key}>
          <tr className="skills-group-row">
            <th colSpan={workstations.length + 2} scope="rowgroup">
              <span className="skills-group-name">{groupName(group, t)}</span>
            </th>
          </tr>
          {group.roles.map((role) => (
            <MatrixRow
              key={role.id}
              role={role}
              workstations={workstations}
              coverage={lookup.role.get(role.id)}
              k={k}
              tabStop={tabStop.roleId === role.id ? (tabStop.workstationId ?? null) : null}
              selected={selectedId === role.id}
              onSelectRole={onSelectRole}
            />
          ))}
        </Fragment>
      ))}
    </tbody>
  );
}

function groupName(group: MatrixRowGroup, t: (key: string) => string): string {
  const unit = group.unit?.name ?? t('ui.common.noUnit');
  return group.team ? `${unit} · ${group.team.name}` : unit;
}

function MatrixHead({ columns, kWorkstations }: { columns: readonly MatrixColumnGroup[]; kWorkstations: number }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr className="skills-head-units">
        <th rowSpan={2} className="skills-corner" scope="col">
          {t('analysisInputs.skills.roleColumn')}
        </th>
        {columns.map((g) => (
          <th key={g.unit?.id ?? 'none'} colSpan={g.workstations.length} scope="colgroup" className="skills-unit-head">
            <span>{g.unit?.name ?? t('ui.common.noUnit')}</span>
          </th>
        ))}
        <th rowSpan={2} className="skills-role-cov-head" scope="col">
          {t('analysisInputs.skills.roleCoverageHead')}
          <span className="skills-k">{t('analysisInputs.skills.kIs', { k: kWorkstations })}</span>
        </th>
      </tr>
      <tr className="skills-head-ws">
        {columns.flatMap((g) =>
          g.workstations.map((ws, i) => (
            <th key={ws.id} scope="col" className={i === 0 ? 'skills-ws-head is-first' : 'skills-ws-head'} title={ws.name}>
              <span>{ws.name}</span>
            </th>
          )),
        )}
      </tr>
    </thead>
  );
}

function MatrixFoot({ columns, lookup, kPeople }: { columns: readonly MatrixColumnGroup[]; lookup: CoverageLookup; kPeople: number }) {
  const { t } = useTranslation();
  return (
    <tfoot>
      <tr>
        <th scope="row" className="skills-foot-label">
          {t('analysisInputs.skills.peopleCoverageHead')}
          <span className="skills-k">{t('analysisInputs.skills.kIs', { k: kPeople })}</span>
        </th>
        {columns.flatMap((g) =>
          g.workstations.map((ws) => <FootCell key={ws.id} coverage={lookup.workstation.get(ws.id)} k={kPeople} />),
        )}
        <td className="skills-foot-corner" />
      </tr>
    </tfoot>
  );
}

function FootCell({ coverage, k }: { coverage: WorkstationCoverage | undefined; k: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!coverage)
    return (
      <td className="skills-ws-cov is-na" title={t('analysisInputs.skills.workstationNotCounted')}>
        –
      </td>
    );
  const { status, workstationId } = coverage;
  return (
    <td className={`skills-ws-cov is-${status}`} data-testid="skills.ws-coverage" data-workstation-id={workstationId} data-status={status}>
      <span className="skills-fraction">
        {formatNumber(coverage.qualifiedPeople, language, 1)}/{k}
      </span>
      <StatusChip status={status} gap={coverage.gap} workstationId={workstationId} />
    </td>
  );
}

function StatusChip({ status, gap, workstationId }: { status: WorkstationCoverage['status']; gap: number; workstationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (status === 'red-zone')
    return (
      <span className="skills-status is-red-zone" data-testid="skills.redzone" data-workstation-id={workstationId}>
        <span aria-hidden="true">▲</span> {t('analysisInputs.skills.redZone')}
      </span>
    );
  if (status === 'uncovered')
    return (
      <span className="skills-status is-uncovered" data-testid="skills.uncovered" data-workstation-id={workstationId}>
        <span aria-hidden="true">✕</span> {t('analysisInputs.skills.uncovered')}
      </span>
    );
  if (status === 'below-k')
    return (
      <span className="skills-status is-short">
        {t('analysisInputs.skills.short', { count: gap, n: formatNumber(gap, language, 1) })}
      </span>
    );
  return (
    <span className="skills-status is-ok" aria-label={t('analysisInputs.skills.enough')}>
      ✓
    </span>
  );
}
