export function findChromium(): { path: string; source: string } | null;
export const CHROMIUM_ARGS: string[];
