/**
 * Bytes of a CSV file as text. Excel writes "CSV UTF-8" with a byte order mark, plain "CSV"
 * in the Windows code page (Windows-1252 in Dutch and English installs) and "Unicode text"
 * as UTF-16 with a BOM; all three arrive here. Text that is not valid UTF-8 is read as
 * Windows-1252 rather than showing replacement characters in names.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 is Latin-1 except 0x80–0x9F (€, ‘ ’ “ ” – — …). Decoded by hand: some
 * runtimes' TextDecoder treats the label as plain Latin-1 and would lose the euro sign.
 * Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code points.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}
