import type { Messages } from '../types';
import { analysis } from './analysis';
import { analysisInputs } from './analysisInputs';
import { app } from './app';
import { canvas } from './canvas';
import { compare } from './compare';
import { csv } from './csv';
import { exportMessages } from './export';
import { model } from './model';
import { presentation } from './presentation';
import { qrm } from './qrm';
import { storage } from './storage';
import { templates } from './templates';
import { ui } from './ui';

export const nl: Messages = { analysis, analysisInputs, app, canvas, compare, csv, export: exportMessages, model, presentation, qrm, storage, templates, ui };
