import { app } from './app';
import { canvas } from './canvas';
import { model } from './model';
import { ui } from './ui';

export const en = { app, canvas, model, ui } as const;
