import type { Measure } from '../../scene/ops';

/**
 * Text wrapping with measured widths: the caller passes how wide a string is (jsPDF's
 * font metrics in the report, a fixed-width stand-in in tests), so the layout is pure.
 */

export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** Splits a word that is wider than the line on its own into pieces that fit. */
function breakWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && width(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line breaking at spaces; explicit newlines start a new line; never returns no line. */
export function wrapText(text: string, maxWidth: number, measure: Measure, style: TextStyle): string[] {
  const width = (s: string) => measure(s, style.size, style.bold);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (width(word) <= maxWidth) line = word;
      else {
        const pieces = breakWord(word, maxWidth, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The text cut to fit `maxWidth`, with an ellipsis when it was cut. */
export function fitText(text: string, maxWidth: number, measure: Measure, style: TextStyle): string {
  const width = (s: string) => measure(s, style.size, style.bold);
  if (width(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** At most `maxLines` wrapped lines; the last one ends in an ellipsis when text was left out. */
export function clampLines(text: string, maxWidth: number, maxLines: number, measure: Measure, style: TextStyle): string[] {
  const lines = wrapText(text, maxWidth, measure, style);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = fitText(rest, maxWidth, measure, style);
  if (!kept[maxLines - 1]?.endsWith('…')) kept[maxLines - 1] = fitText(`${rest}…`, maxWidth, measure, style);
  return kept;
}
