import type { ScenarioAnalysis } from '../../analysis';
import type { ScenarioComparison } from '../../analysis/compare';
import type { ImpactSection } from '../../analysis/impact';
import type { ImpactNotes, Project, Scenario, ScenarioId } from '../../model';
import type { MessageContext } from '../../ui/analysis/messageText';
import type { Measure } from '../scene/ops';
import type { Translate } from '../scene/sceneNodes';
import type { PageComposer } from './layout/composer';
import type { PageSpec } from './layout/page';

/** The report's parts, in report order; the dialog offers each as a tick box. */
export const SECTION_IDS = ['title', 'canvas', 'profile', 'karasek', 'roles', 'findings', 'weba', 'skills', 'mct'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The parts that need a second scenario to compare with; offered only when one is chosen. */
export const COMPARE_SECTION_IDS = ['comparison', 'impact'] as const;
export type CompareSectionId = (typeof COMPARE_SECTION_IDS)[number];
export type ReportSectionId = SectionId | CompareSectionId;

export interface ReportInput {
  project: Project;
  scenarioId: ScenarioId;
  /** The open scenario's analysis when the caller has it; computed otherwise. */
  analysis?: ScenarioAnalysis;
  /** Texts in the report's language (i18next's `getFixedT`). */
  t: Translate;
  language: string;
  /** Printed on the title page; now when absent. */
  date?: Date;
  /**
   * The scenario to compare with: the situation before the change (as-is), the report's
   * own scenario being the design after it (to-be). Without it the comparison parts are left out.
   */
  compareWith?: ScenarioId;
}

/** The report's scenario (after) against the one it is compared with (before). */
export interface ReportComparison {
  before: Scenario;
  comparison: ScenarioComparison;
  impact: ImpactSection[];
  /** The user's notes on this pair, per heading. */
  notes: ImpactNotes;
}

/** TrueType files as base64, regular and bold. */
export interface FontFiles {
  regular: string;
  bold: string;
}

export interface ReportOptions {
  page: PageSpec;
  /** Section ids to include, in any order (the report keeps its own order). */
  sections: readonly string[];
  /** Where the fonts come from; the bundled DejaVu Sans Condensed by default (Node passes its own). */
  fonts?: () => Promise<FontFiles>;
  /** Extra or replacement section renderers (e.g. a scenario comparison), run in list order. */
  renderers?: readonly ReportSection[];
}

export interface ReportProgress {
  phase: 'loading' | 'layout' | 'pages' | 'saving';
  /** Pages drawn so far and in all (0 until the layout is known). */
  done: number;
  total: number;
}

/** What a section renderer gets: the composer to lay its pages out on, and the facts. */
export interface SectionContext {
  composer: PageComposer;
  measure: Measure;
  t: Translate;
  language: string;
  /** Turns engine messages into sentences, as the analysis view does. */
  messages: MessageContext;
  project: Project;
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  date: Date;
  /** Present when the report compares its scenario with another one. */
  comparison?: ReportComparison;
}

/**
 * One part of the report. `front` parts (the title page) come before the table of
 * contents; body parts start on a new page and appear in the contents.
 */
export interface ReportSection {
  id: string;
  front?: boolean;
  render(ctx: SectionContext): void;
}
