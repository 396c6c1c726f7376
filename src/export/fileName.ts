/** Characters Windows, macOS or Linux refuse in a file name. */
const UNSAFE = new Set([...'\\/:*?"<>|']);

function clean(part: string): string {
  const safe = [...part].map((ch) => (UNSAFE.has(ch) || ch.charCodeAt(0) < 32 ? '-' : ch)).join('');
  return safe.replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim() || 'latitude';
}

/** `<project>-<scenario>.<ext>`, safe on every file system. */
export const exportFileName = (projectName: string, scenarioName: string, ext: string): string =>
  `${clean(projectName)}-${clean(scenarioName)}.${ext}`;
