import type { ReportSection } from '../types';
import { canvasSection } from './canvas';
import { comparisonSection } from './comparison';
import { impactSection } from './impact';
import { findingsSection } from './findings';
import { karasekSection } from './karasek';
import { mctSection } from './mct';
import { profileSection } from './profile';
import { rolesSection, webaSection } from './roles';
import { skillsSection } from './skills';
import { titleSection } from './title';

/**
 * The report's section renderers in report order. A new part (the comparison of two
 * scenarios, say) is one more entry here, or passed in `ReportOptions.renderers`.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  titleSection,
  canvasSection,
  profileSection,
  karasekSection,
  rolesSection,
  findingsSection,
  webaSection,
  skillsSection,
  mctSection,
  comparisonSection,
  impactSection,
];
