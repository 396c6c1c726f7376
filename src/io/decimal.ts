/**
 * Reading decimals typed or pasted by people: Dutch users type decimal commas ("2,5"),
 * English users points; both are accepted in either language so that pasting from a
 * spreadsheet in the other locale does not fail. Shared by the CSV importer and the fields.
 */

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number in `text`, or null when it is not one plain decimal (no thousands separators). */
export function parseDecimal(text: string): number | null {
  const compact = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/^\u2212/, '-');
  if (!DECIMAL.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
