import { describe, expect, it } from 'vitest';
import { IMPACT_HEADINGS, IMPACT_ITEM_KEYS, assessImpact, type ImpactSection } from '../../src/analysis/impact';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { ToBe } from './compareHarness';

const section = (sections: ImpactSection[], heading: string): ImpactSection => sections.find((s) => s.heading === heading)!;
const keys = (s: ImpactSection) => s.items.map((i) => i.key);
const lookup = (messages: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);

describe('assessImpact', () => {
  it('has the six headings in order and nothing to report for an unchanged copy, whatever its new ids', () => {
    // Each copy draws new random ids: nothing may depend on how ids happen to sort.
    for (let i = 0; i < 20; i++) {
      const sections = assessImpact(new ToBe().compare());
      expect(sections.map((s) => s.heading)).toEqual([...IMPACT_HEADINGS]);
      expect(sections.filter((s) => s.verdict !== 'unchanged' || s.items.length > 0)).toEqual([]);
    }
  });

  describe('inspection moved to the laser operators', () => {
    const sections = assessImpact(new ToBe().reassign('Inspect', 'Laser operator').compare());

    it('work organisation improves through P4', () => {
      const s = section(sections, 'workOrganisation');
      expect(s.verdict).toBe('better');
      expect(s.items).toEqual([{ key: 'organisation.parameter', params: { parameter: 'P4', before: 0.94, after: 0.64 }, direction: 'better' }]);
    });

    it('workload is mixed: the laser operators get more than their hours, the inspector less', () => {
      const s = section(sections, 'workload');
      expect(s.verdict).toBe('mixed');
      expect(s.items[0]).toEqual({ key: 'workload.overloaded', params: { role: 'Laser operator', before: 88, after: 125 }, direction: 'worse' });
      expect(s.items.filter((i) => i.direction === 'better').map((i) => i.params.role)).toContain('Quality inspector');
    });

    it('job content names the task that moves and the WEBA criteria met and failed', () => {
      const s = section(sections, 'jobContent');
      expect(keys(s)).toEqual(expect.arrayContaining(['jobContent.tasksGained', 'jobContent.tasksLost', 'jobContent.webaMet', 'jobContent.webaFailed']));
      expect(s.items.find((i) => i.key === 'jobContent.webaMet')?.params).toEqual({ role: 'Laser operator', criteria: '2, 7' });
      expect(s.items.find((i) => i.key === 'jobContent.decisionAuthority' && i.params.role === 'Laser operator')).toMatchObject({
        params: { before: 12, after: 19.5 },
        direction: 'better',
      });
    });

    it('quality of work improves: fewer people in high strain, the inspector leaves it', () => {
      const s = section(sections, 'qualityOfWork');
      expect(s.verdict).toBe('better');
      expect(s.items[0]).toMatchObject({ key: 'quality.highStrainPeople', params: { before: 12, after: 11 } });
      expect(s.items).toContainEqual({
        key: 'quality.quadrant',
        params: { role: 'Quality inspector', quadrantFrom: 'high-strain', quadrantTo: 'passive' },
        direction: 'better',
      });
    });

    it('employment is unchanged; skills name what the laser operators must learn', () => {
      expect(section(sections, 'employment').verdict).toBe('unchanged');
      const skills = section(sections, 'skills');
      expect(skills.items[0]).toEqual({ key: 'skills.newTasks', params: { role: 'Laser operator', tasks: 'Inspect' }, direction: 'neutral' });
      expect(skills.verdict).toBe('changed');
    });

    it('lists worse items first within a heading', () => {
      for (const s of sections) {
        const ranks = s.items.map((i) => ({ worse: 0, better: 1, neutral: 2 })[i.direction]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    });
  });

  it('reports employment and organisation for a team formed and a role removed', () => {
    const t = new ToBe();
    t.addTeam('Cutting team', 'Cutting', ['Laser operator']);
    t.removeRole('Production manager');
    const sections = assessImpact(t.compare());
    const employment = section(sections, 'employment');
    expect(employment.verdict).toBe('worse');
    expect(employment.items).toContainEqual({ key: 'employment.headcount', params: { before: 15, after: 14 }, direction: 'worse' });
    expect(employment.items).toContainEqual({ key: 'employment.roleRemoved', params: { role: 'Production manager', people: 1 }, direction: 'worse' });
    expect(section(sections, 'workOrganisation').items).toContainEqual({ key: 'organisation.teamFormed', params: { team: 'Cutting team' }, direction: 'better' });
  });

  it('leaves out changes below the thresholds', () => {
    const t = new ToBe();
    t.ok(t.store.dispatch('updateTask', { scenarioId: t.id, id: t.task('Cut').id, patch: { load: 71 } }));
    const workload = section(assessImpact(t.compare()), 'workload');
    expect(workload.items.filter((i) => i.key.startsWith('workload.utilisation'))).toEqual([]);
  });
});

describe('impact messages', () => {
  it('has an English and a Dutch text for every key the assessment emits', () => {
    for (const key of IMPACT_ITEM_KEYS) {
      expect(typeof lookup(en, `compare.impact.item.${key}`), `en ${key}`).toBe('string');
      expect(typeof lookup(nl, `compare.impact.item.${key}`), `nl ${key}`).toBe('string');
    }
    for (const heading of IMPACT_HEADINGS) expect(typeof lookup(nl, `compare.impact.heading.${heading}`)).toBe('string');
  });

  it('emits only catalogued keys', () => {
    const t = new ToBe().reassign('Inspect', 'Laser operator');
    t.addTeam('Cutting team', 'Cutting', ['Laser operator']);
    t.addRole('Cell coordinator', 'Cutting', 1);
    t.removeRole('Production manager');
    const emitted = assessImpact(t.compare()).flatMap((s) => s.items.map((i) => i.key));
    expect(emitted.filter((k) => !(IMPACT_ITEM_KEYS as readonly string[]).includes(k))).toEqual([]);
  });
});
