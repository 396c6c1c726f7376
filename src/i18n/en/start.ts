import { app } from './app';
import { canvas } from './canvas';
import { firstScreen } from './firstScreen';
import { model } from './model';
import { storage } from './storage';
import { ui } from './ui';

/** The messages the first screen needs, loaded before the app renders. */
export const start = { ...firstScreen, app, canvas, model, storage, ui };
