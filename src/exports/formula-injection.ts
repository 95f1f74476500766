/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with one of
 * these characters as a formula (=HYPERLINK(…), DDE `@SUM(…)|cmd`), so a text typed by an agent
 * could execute on an admin's machine. Only text cells are checked: a number is written from a JS
 * number and cannot carry a formula, so a negative amount stays a number.
 */

// = + - @, and tab and carriage return, which Excel skips before looking for one of the others.
const TRIGGERS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text.charCodeAt(0));
}

/**
 * The apostrophe is the neutralisation OWASP recommends. Opened from a CSV it stays visible, which
 * is the point: the reader sees that the value was altered, rather than a silent change.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
