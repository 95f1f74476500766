/**
 * A web page turned into the text of the act it shows, for acts given by URL: many collectivités
 * publish their délibérations as pages. htmlparser2 parses the page as browsers forgive it and
 * decodes entities; scripts, styles and other invisible parts are dropped, and block elements
 * become line breaks so the rules see the paragraphs and table rows as a reader would.
 */

import { Parser } from "htmlparser2";

const INVISIBLE = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe", "object"]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "title",
]);
const CELLS = new Set(["td", "th"]);

/** True when the first bytes are an HTML document (a server's content type is not trusted alone). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1")
    .decode(bytes.subarray(0, 1024))
    .replace(/^\ufeff|^ï»¿/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<!doctype html") || /^(<!--[\s\S]*?-->\s*)*<(html|head|body)[\s>]/.test(head);
}

/** The page's text, decoded with the charset the server or the page itself declares (UTF-8 by default). */
export function htmlToText(bytes: Uint8Array, contentType = ""): string {
  const source = decode(bytes, charsetOf(contentType) ?? metaCharset(bytes) ?? "utf-8");
  const out: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (INVISIBLE.has(name)) hidden++;
        else if (BLOCKS.has(name) || name === "br") out.push("\n");
        else if (CELLS.has(name)) out.push(" ");
      },
      ontext(text) {
        if (hidden === 0) out.push(text);
      },
      onclosetag(name) {
        if (INVISIBLE.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) out.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(source);
  parser.end();
  return out
    .join("")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function decode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
