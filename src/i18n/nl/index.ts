import type { Messages } from '../types';
import { analysis } from './analysis';
import { analysisInputs } from './analysisInputs';
import { app } from './app';
import { canvas } from './canvas';
import { compare } from './compare';
import { csv } from './csv';
import { exportMessages } from './export';
import { firstScreen } from './firstScreen';
import { model } from './model';
import { presentation } from './presentation';
import { qrm } from './qrm';
import { storage } from './storage';
import { templates } from './templates';
import { ui } from './ui';

/** Every Dutch message, each area whole. The app loads them as start.ts and rest.ts. */
export const nl: Messages = {
  analysis: { ...analysis, ...firstScreen.analysis },
  analysisInputs,
  app,
  canvas,
  compare: { ...compare, ...firstScreen.compare },
  csv: { ...csv, ...firstScreen.csv },
  export: { ...exportMessages, ...firstScreen.export },
  model,
  presentation: { ...presentation, ...firstScreen.presentation },
  qrm: { ...qrm, ...firstScreen.qrm },
  storage,
  templates,
  ui,
};
