/** A strict RFC 4180 parser for the tests: throws on anything the RFC does not allow. */

export function parseCsv(text: string, separator: "," | ";"): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error("unterminated quoted field");
        field += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
    } else {
      const end = nextDelimiter(text, at, separator);
      field = text.slice(at, end);
      if (field.includes('"')) throw new Error(`bare quote in unquoted field: ${field}`);
      if (field.includes("\r") || field.includes("\n")) throw new Error("bare line break");
      at = end;
    }
    record.push(field);
    if (text[at] === separator) at++;
    else if (text.startsWith("\r\n", at)) {
      records.push(record);
      record = [];
      at += 2;
    } else if (at < text.length) throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
  }
  if (record.length > 0) throw new Error("last record not terminated by CRLF");
  return records;
}

function nextDelimiter(text: string, from: number, separator: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === separator || c === "\r" || c === "\n") return i;
  }
  return text.length;
}
