import { analyseScenarioData, PARAMETER_KEYS } from '../../src/analysis';
import { scenariosInOrder } from '../../src/model/factories';
import type { Project } from '../../src/model/types';

/** The figures a template is meant to move, one line per scenario: for the build log and reviews. */
export function summarise(project: Project): string[] {
  return scenariosInOrder(project).map((s) => {
    const a = analyseScenarioData(s, project.settings);
    const p = PARAMETER_KEYS.map(
      (k) => `${k} ${a.parameters[k].value === null ? '–' : (a.parameters[k].value as number).toFixed(2)}`,
    );
    const count = (flag: string) => a.roles.filter((r) => r.flags.includes(flag as never)).length;
    const handoffs = a.handoffs.map((h) => h.count).join('/');
    const mct = a.mct.map((m) => (m.result.ok ? m.result.mctDays.toFixed(1) : '?')).join('/');
    const people = Object.values(s.roles).reduce((n, r) => n + r.headcount, 0);
    return [
      `  ${s.name} — ${Object.keys(s.roles).length} roles, ${people} people`,
      `    ${p.join('  ')}`,
      `    high strain ${count('HIGH_STRAIN')}  low latitude ${count('LOW_LATITUDE')}  passive ${count('PASSIVE')}  control problem ${count('CONTROL_PROBLEM')}` +
        `  handoffs ${handoffs}${mct ? `  MCT ${mct}` : ''}  red zones ${a.coverage.redZones.length}` +
        `  cell-complete ${a.cells.filter((c) => c.complete).length}/${a.cells.length}`,
    ].join('\n');
  });
}
