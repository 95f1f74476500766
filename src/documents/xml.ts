/**
 * A minimal streaming XML reader for the two office formats: tags, attributes and text with
 * entities decoded. No DOM (Workers have no DOMParser) and no DTD: OOXML and ODF use neither.
 */

import { ExtractionFailure, messages } from "./extraction-failure";

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const TAG = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Walks `xml`, calling `checkpoint` every few thousand tags (the deadline's chance to stop). */
export function walkXml(xml: string, handler: XmlHandler, checkpoint: () => void = () => {}): void {
  let at = 0;
  let tags = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      handler.text(decodeEntities(xml.slice(at)));
      return;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    if (xml.startsWith("<!--", lt)) at = skipPast(xml, lt, "-->");
    else if (xml.startsWith("<![CDATA[", lt)) {
      const end = skipPast(xml, lt, "]]>");
      handler.text(xml.slice(lt + 9, end - 3));
      at = end;
    } else if (xml.startsWith("<?", lt)) at = skipPast(xml, lt, "?>");
    else if (xml.startsWith("<!", lt)) at = skipPast(xml, lt, ">");
    else {
      TAG.lastIndex = lt;
      const tag = TAG.exec(xml);
      if (!tag) throw new ExtractionFailure(messages.damaged);
      const [whole, slash, name = "", attributeText = "", selfClosing] = tag;
      if (slash) handler.close(name);
      else {
        handler.open(name, parseAttributes(attributeText), selfClosing === "/");
        if (selfClosing) handler.close(name);
      }
      at = lt + whole.length;
      if (++tags % 4096 === 0) checkpoint();
    }
  }
}

function skipPast(xml: string, from: number, end: string): number {
  const found = xml.indexOf(end, from);
  if (found < 0) throw new ExtractionFailure(messages.damaged);
  return found + end.length;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (!text) return attributes;
  for (const [, name = "", double, single] of text.matchAll(ATTRIBUTE)) {
    attributes[name] = decodeEntities(double ?? single ?? "");
  }
  return attributes;
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));/g, (whole, hex, decimal, name) => {
    if (name) return NAMED[name] ?? whole;
    const code = hex ? parseInt(hex, 16) : parseInt(decimal, 10);
    // Lone surrogates and out-of-range code points are not characters: show the replacement one.
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  });
}
