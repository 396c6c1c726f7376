import { app } from './app';
import { canvas } from './canvas';
import { model } from './model';
import { storage } from './storage';
import { ui } from './ui';

export const en = { app, canvas, model, storage, ui } as const;
