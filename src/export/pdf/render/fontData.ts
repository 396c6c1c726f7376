/// <reference types="vite/client" />
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?inline';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?inline';
import type { FontFiles } from '../types';

/**
 * The report fonts, inlined into this lazily loaded chunk (not separate font files) so the
 * service worker precaches them with the code and the report works offline. DejaVu:
 * Bitstream Vera licence, embedding allowed.
 */
const base64 = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

export const bundledFonts = (): FontFiles => ({ regular: base64(regular), bold: base64(bold) });
