import type { Messages } from '../types';
import { app } from './app';
import { canvas } from './canvas';
import { model } from './model';
import { storage } from './storage';
import { ui } from './ui';

export const nl: Messages = { app, canvas, model, storage, ui };
