import { analysis } from './analysis';
import { analysisInputs } from './analysisInputs';
import { compare } from './compare';
import { csv } from './csv';
import { exportMessages } from './export';
import { presentation } from './presentation';
import { qrm } from './qrm';
import { templates } from './templates';

/** The messages of the views and dialogs that load on first use; merged into start.ts's areas. */
export const rest = { analysis, analysisInputs, compare, csv, export: exportMessages, presentation, qrm, templates };
