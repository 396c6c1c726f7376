import type { Message, ParameterKey, Quadrant, ScenarioAnalysis } from '../src/analysis';
import { PARAMETER_KEYS } from '../src/analysis';
import type { Project, Scenario } from '../src/model/types';

/**
 * The plain-text report of `npm run analyze`. English only: the app words findings through
 * i18n; this tiny catalogue is for terminals and CI logs.
 */

const PARAMETERS: Record<ParameterKey, string> = {
  P1: 'Functional concentration',
  P2: 'Differentiation of operational functions',
  P3: 'Specialisation of operations',
  P4: 'Separation of control from operations',
  P5: 'Differentiation of control into aspects',
  P6: 'Separation of control levels',
  P7: 'Specialisation of control',
};

const QUADRANTS: Record<Quadrant, string> = {
  'high-strain': 'high strain',
  active: 'active',
  'low-strain': 'low strain',
  passive: 'passive',
};

const TEMPLATES: Record<string, string> = {
  'driver.noControlTask': 'holds no control task on its workstations',
  'driver.lowControlCoverage': 'holds {percent} % of the control on its workstations',
  'driver.fewTaskTypes': '{types} task type(s) of {norm} for full variety',
  'driver.shortCycle': 'cycle time {cycleMin} min',
  'driver.missingTaskKind': 'no {kind} work',
  'driver.highUtilisation': 'utilisation {percent} %',
  'driver.disturbances': '{perPersonPerDay} disturbances per person per day',
  'driver.interfaces': '{count} other groups work on its workstations',
  'driver.questionnaire': 'questionnaire of {respondents} respondents',
  'driver.smallTeam': 'team of {people} people',
  'driver.noTeam': 'no team; {people} people in its team-less group',
  'driver.strainRatio': 'strain ratio {ratio}',
  'driver.shortCycleShare': '{percent} % of its make work in cycles under 1.5 min',
  'driver.cycleTime': 'mean cycle {cycleMin} min',
  'driver.highDemands': 'demands PD {pd}',
  'driver.webaFailed': 'fails WEBA criterion {criterion}',
  'driver.parameterValue': '{parameter} = {value}',
  'driver.workstation-shared-by-families': '{entity} serves {families} of {familiesOfType} families of its process',
  'driver.support-task-separated': '{entity} ({load} h) is done away from the flow',
  'driver.role-specialised': '{entity} does {types} of {routingTypes} process types of its families',
  'driver.control-task-separated': '{entity} ({load} h) is held away from the flow',
  'driver.aspects-in-several-groups': '{entity}: {aspects} control aspects in {groups} groups',
  'driver.tactical-task-separated': '{entity} ({load} h) is held by roles without make work in its flow',
  'driver.aspect-in-several-roles': '{entity}: {tasks} {aspect} tasks in {roles} roles',
  'driver.noHolder': 'nobody holds it ({load} h)',
  'driver.noScope': 'acts on no workstation',
  'driver.stepWithoutMake': 'no make task covers step {step}',
  'driver.handoffs': '{count} handoffs along the route',
  'driver.unitsCrossed': 'crosses {count} units',
  'driver.ftms': 'FTMS {ftms} ({families} families)',
  'driver.stepsOutsideCell': '{count} of {steps} steps outside the cell',
  'driver.qualifiedPeople': '{people} qualified people (k = {k})',
  'driver.qualifiedWorkstations': 'qualified on {workstations} workstations (k = {k})',
  'driver.questionnaireGap': '{scale}: questionnaire {questionnaire}, design {proxy}',
  'driver.mctCycle': 'the MCT map has a cycle',
  'move.controlIntoTeam': 'move {task} into team {team} (lowers {parameter})',
  'move.controlToRole': 'give {task} to {role} (lowers {parameter})',
  'move.prepareToRole': 'give {task} to {role} (lowers {parameter})',
  'move.crossTrain': 'cross-train {role} (lowers {parameter})',
  'move.formTeam': 'form a team around {role}',
  'move.enlargeTeam': 'enlarge team {team}',
  'move.reduceLoad': 'reduce the load of {role} ({percent} %)',
  'move.enlargeCycle': 'combine short cycles of {role} into larger tasks',
  'move.parallelise': 'parallelise order streams into flows (lowers {parameter})',
  'move.parallelFlow': 'give {family} its own flow (lowers {parameter})',
  'move.segment': 'segment the flows (lowers {parameter})',
  'move.wholeTasks': 'form whole tasks (lowers {parameter})',
  'move.controlIntoTeams': 'move control tasks into teams (lowers {parameter})',
  'move.teamsJoinImprovement': 'let teams join improvement (lowers {parameter})',
  'move.training': 'train and hire (lowers {parameter})',
  'move.assignTask': 'assign {task}',
  'move.setScope': 'set the workstations of {task}',
  'move.addMakeTask': 'add the make work of {family}',
  'move.formCell': 'form a cell for {family}',
  'move.moveWorkstationsIntoCell': 'move the missing workstations into {cell}',
  'move.train': 'train {role} on {workstation} (now level {fromLevel})',
  'move.reviewTaskData': 'review the task data of {role}',
  'move.fixMctMap': 'fix the MCT map of {family}',
};

const FINDINGS: Record<string, string> = {
  LOW_LATITUDE: 'low decision latitude',
  HIGH_STRAIN: 'high strain',
  ISO_STRAIN: 'iso-strain',
  PASSIVE: 'passive job',
  CONTROL_PROBLEM: 'control problem',
  SHORT_CYCLE: 'short-cycle work',
  WEBA_STRESS_RISK: 'WEBA stress risk',
  WEBA_LEARNING_RISK: 'WEBA learning risk',
  QUESTIONNAIRE_GAP: 'questionnaire differs from the design',
  PARAMETER_HIGH: 'complex structure',
  TASK_UNASSIGNED: 'unassigned task',
  TASK_WITHOUT_SCOPE: 'task without workstations',
  STEP_WITHOUT_MAKE: 'route step without make work',
  FAMILY_MANY_HANDOFFS: 'flow with many handoffs',
  FTMS_NOT_CELL_COMPLETE: 'FTMS not cell-complete',
  WORKSTATION_UNCOVERED: 'nobody qualified',
  RED_ZONE: 'red zone',
  WORKSTATION_BELOW_K: 'fewer qualified people than k',
  ROLE_BELOW_K: 'qualified on fewer workstations than k',
  MCT_MAP_CYCLE: 'MCT map with a cycle',
};

/** Entity names by id, for readable lines. */
function namesOf(project: Project, s: Scenario): Map<string, string> {
  const names = new Map<string, string>([
    [s.id, s.name],
    [project.id, project.name],
  ]);
  for (const kind of ['units', 'workstations', 'families', 'teams', 'roles', 'tasks'] as const)
    for (const e of Object.values(s[kind])) names.set(e.id, e.name);
  return names;
}

export function wordMessage(m: Message, names: Map<string, string>): string {
  const template = TEMPLATES[m.key];
  const value = (v: string | number) => (typeof v === 'string' ? (names.get(v) ?? v) : String(v));
  if (!template)
    return `${m.key}(${Object.entries(m.params)
      .map(([k, v]) => `${k}=${value(v)}`)
      .join(', ')})`;
  return template.replace(/\{(\w+)\}/g, (_, k: string) =>
    k in m.params ? value(m.params[k] as string | number) : `{${k}}`,
  );
}

const f1 = (x: number) => x.toFixed(1);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function textReport(project: Project, s: Scenario, a: ScenarioAnalysis): string {
  const names = namesOf(project, s);
  const name = (id: string) => names.get(id) ?? id;
  const out: string[] = [
    `Latitude analysis: ${project.name} / ${s.name}`,
    '',
    'Structure parameters (0 = simple, 1 = complex)',
  ];
  for (const key of PARAMETER_KEYS) {
    const v = a.parameters[key].value;
    out.push(`  ${key} ${pad(PARAMETERS[key], 42)} ${v === null ? 'n/a' : v.toFixed(3)}`);
  }
  out.push('', 'Handoffs along the routes');
  for (const h of a.handoffs) out.push(`  ${pad(name(h.familyId), 30)} ${h.count}`);
  out.push('', `  ${pad('Role', 24)}    SD    DA    DL    PD  ratio  quadrant          WEBA fails          risks`);
  for (const r of a.roles) {
    const q = QUADRANTS[r.quadrant] + (r.isoStrain ? ', iso' : '');
    const risks = [r.weba.stressRisk ? 'stress' : '', r.weba.learningRisk ? 'learning' : ''].filter(Boolean).join(', ');
    const sc = r.scores;
    out.push(
      `  ${pad(name(r.roleId), 24)} ${[sc.SD, sc.DA, sc.DL, sc.PD].map((x) => f1(x).padStart(5)).join(' ')} ${r.strainRatio.toFixed(2).padStart(6)}  ${pad(q, 17)} ${pad(r.weba.failures.join(', ') || 'none', 19)} ${risks}`,
    );
  }
  const c = a.coverage;
  out.push('', `Coverage (k = ${c.kPerWorkstation} people per workstation, ${c.kPerRole} workstations per person)`);
  if (!c.hasData) out.push('  no skills matrix yet');
  else {
    out.push(
      `  red zones: ${c.redZones.map(name).join(', ') || 'none'}`,
      `  uncovered: ${c.uncovered.map(name).join(', ') || 'none'}`,
    );
    for (const n of c.trainingNeeds)
      out.push(`  train ${name(n.roleId)} on ${name(n.workstationId)} (level ${n.fromLevel})`);
  }
  if (a.mct.length) out.push('', 'MCT (calendar days)');
  for (const m of a.mct)
    out.push(
      m.result.ok
        ? `  ${pad(name(m.familyId), 30)} ${f1(m.result.mctDays)} (grey ${f1(m.result.greyDays)}, white ${f1(m.result.whiteDays)})`
        : `  ${name(m.familyId)}: map has a cycle`,
    );
  if (a.polca.length) out.push('', 'POLCA cards');
  for (const p of a.polca) out.push(`  ${name(p.fromUnitId)} → ${name(p.toUnitId)}: ${p.cards ?? 'n/a'}`);
  out.push('', `Findings (${a.findings.length})`);
  for (const f of a.findings) {
    out.push(`  [${f.severity}] ${FINDINGS[f.code] ?? f.code}: ${name(f.entityId)}`);
    for (const d of f.drivers) out.push(`      because ${wordMessage(d, names)}`);
    for (const m of f.suggestedMoves) out.push(`      try: ${wordMessage(m, names)}`);
  }
  return `${out.join('\n')}\n`;
}
