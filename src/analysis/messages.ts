import type { EntityId, ScenarioId } from '../model/ids';

/**
 * An i18n-ready message: the UI looks `key` up in its catalogue and fills in `params`.
 * The engine never produces English sentences, so the same findings serve every language,
 * the PDF and the CLI. Ids in params are entity ids; the UI resolves them to names.
 */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}

export type Severity = 'critical' | 'warning' | 'info';

export type FindingCode =
  | 'LOW_LATITUDE'
  | 'HIGH_STRAIN'
  | 'ISO_STRAIN'
  | 'PASSIVE'
  | 'CONTROL_PROBLEM'
  | 'SHORT_CYCLE'
  | 'WEBA_STRESS_RISK'
  | 'WEBA_LEARNING_RISK'
  | 'QUESTIONNAIRE_GAP'
  | 'PARAMETER_HIGH'
  | 'TASK_UNASSIGNED'
  | 'TASK_WITHOUT_SCOPE'
  | 'STEP_WITHOUT_MAKE'
  | 'FAMILY_MANY_HANDOFFS'
  | 'FTMS_NOT_CELL_COMPLETE'
  | 'WORKSTATION_UNCOVERED'
  | 'RED_ZONE'
  | 'WORKSTATION_BELOW_K'
  | 'ROLE_BELOW_K'
  | 'MCT_MAP_CYCLE';

/** One finding for the UI, the PDF and the CLI: stable code, the entity it is about, why, and what could help. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The entity the finding is about; the scenario itself for scenario-wide findings. */
  entityId: EntityId | ScenarioId;
  drivers: Message[];
  suggestedMoves: Message[];
}

export const message = (key: string, params: Record<string, string | number> = {}): Message => ({ key, params });

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first, then by code and entity so the order is stable between runs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0)
  );
}
