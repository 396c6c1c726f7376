import type { TemplateDefinition } from './definition';
import { construction } from './construction';
import { facade } from './facade';
import { hinges } from './hinges';
import { holacracy } from './holacracy';
import { homeCare } from './homeCare';
import { jobShop } from './jobShop';
import { potato } from './potato';
import { residentialCare } from './residentialCare';

/** The templates in gallery order. */
export const TEMPLATES: TemplateDefinition[] = [
  jobShop,
  facade,
  hinges,
  potato,
  homeCare,
  residentialCare,
  construction,
  holacracy,
];
