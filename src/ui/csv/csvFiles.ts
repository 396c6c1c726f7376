import { CSV_LIMITS, decodeCsvBytes } from '../../io/csv';

/** UTF-16 takes two bytes a character: twice the character limit in bytes. */
export const MAX_FILE_BYTES = CSV_LIMITS.maxChars * 2;

export type PickedCsv =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; reason: 'too-large' | 'unreadable'; size: number };

/**
 * Lets the user pick a CSV file and reads it as bytes, so Excel's Windows-1252 and UTF-16
 * files decode right (pickTextFile would read them as UTF-8). Null when cancelled.
 */
export function pickCsvFile(): Promise<PickedCsv | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';
    input.style.display = 'none';
    input.dataset.testid = 'csv.file-input';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > MAX_FILE_BYTES)
        return resolve({ ok: false, name: file.name, reason: 'too-large', size: file.size });
      file.arrayBuffer().then(
        (buffer) => resolve({ ok: true, name: file.name, text: decodeCsvBytes(new Uint8Array(buffer)) }),
        () => resolve({ ok: false, name: file.name, reason: 'unreadable', size: file.size }),
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}
