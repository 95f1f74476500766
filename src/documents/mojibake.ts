/**
 * Repair of UTF-8 text that was once decoded as Latin-1/Windows-1252 ("Ã©" for "é",
 * "â€™" for "’"): the bytes are recovered from the wrong characters and decoded again.
 */

// Windows-1252 puts printable characters where Latin-1 has C1 controls: map them back to their byte.
const CP1252_BYTES = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** A strong sign of mojibake: a UTF-8 lead byte read as "Ã"/"Â"/"â" followed by a continuation byte. */
// "Ã " before a lowercase word is "à" whose no-break space was flattened: no language writes that.
const MOJIBAKE_SIGN =
  /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€|â‚¬|Ã {1,2}[a-zé]/;

export function looksLikeMojibake(text: string): boolean {
  return MOJIBAKE_SIGN.test(text);
}

function continuationByte(code: number): number | null {
  if (code >= 0x80 && code <= 0xbf) return code;
  const byte = CP1252_BYTES.get(code);
  return byte !== undefined && byte <= 0xbf ? byte : null;
}

export interface Repaired {
  /** The repaired character (one code point, possibly two UTF-16 units). */
  readonly char: string;
  /** How many characters of the source it replaces. */
  readonly length: number;
}

/**
 * Tries to read the characters at `index` as one UTF-8 sequence seen through Windows-1252.
 * Returns null when they do not form one, so ordinary accented text is left alone.
 */
export function repairAt(source: string, index: number): Repaired | null {
  const lead = source.charCodeAt(index);
  if (lead < 0xc2 || lead > 0xf4) return null;
  const extra = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  // "à" is C3 A0: the A0 (no-break space) is often flattened to a plain space on the way.
  if (lead === 0xc3 && extra === 1) {
    const next = source.charCodeAt(index + 1);
    if (next === 0x20) {
      const after = source.charCodeAt(index + 2);
      const spaceFollows = after === 0x20 || after === 0xa0 || after === 0x0a || after === 0x09;
      return { char: "à", length: spaceFollows ? 2 : 1 };
    }
  }
  let codePoint = lead & (extra === 1 ? 0x1f : extra === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= extra; k++) {
    const byte = continuationByte(source.charCodeAt(index + k));
    if (byte === null) return null;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  // Overlong forms and surrogates are not text a real encoder would have produced.
  if ((extra === 2 && codePoint < 0x800) || (extra === 3 && codePoint < 0x10000)) return null;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return null;
  if (codePoint > 0x10ffff) return null;
  return { char: String.fromCodePoint(codePoint), length: extra + 1 };
}
