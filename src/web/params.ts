/**
 * Reading ids, versions, forms and JSON from requests: a malformed id is a 404, an unreadable
 * body a 400 (before anything is stored), a readable one with wrong values a 422.
 */

import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { invalid, notFound } from "../domain/errors";
import type { AppEnv } from "./app-env";

export function idParam(c: Context<AppEnv>, name: string): number {
  const raw = c.req.param(name) ?? "";
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

export function parseVersion(value: unknown): number {
  const text = typeof value === "string" ? value : "";
  if (!/^\d{1,9}$/.test(text)) {
    throw invalid("La version de la demande manque : rechargez la page et recommencez.", {
      version: "Version manquante.",
    });
  }
  return Number(text);
}

export type FormBody = Record<string, string | File | (string | File)[]>;

const UNREADABLE_FORM =
  "Le formulaire envoyé est illisible : rien n'a été enregistré. Rechargez la page et recommencez.";
const UNREADABLE_JSON = "Le corps de la requête n'est pas un JSON valide : rien n'a été enregistré.";

// What browsers and HTTP clients send for forms; a multipart body needs its boundary to be read.
const FORM_TYPE = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data\s*;(.*;)?\s*boundary=.+)/i;

export async function formBody(c: Context<AppEnv>): Promise<FormBody> {
  const type = c.req.header("content-type");
  // A body-less POST (a plain button without fields, some HTTP clients) is an empty form.
  if (type === undefined && (await c.req.arrayBuffer()).byteLength === 0) return {};
  if (!type || !FORM_TYPE.test(type)) throw new HTTPException(400, { message: UNREADABLE_FORM });
  try {
    return (await c.req.parseBody({ all: true })) as FormBody;
  } catch {
    // A broken boundary or a body cut short: the parser refuses it as a whole.
    throw new HTTPException(400, { message: UNREADABLE_FORM });
  }
}

/** The API's JSON body; an empty body is `{}` only where every field is optional. */
export async function jsonBody(c: Context<AppEnv>, options: { emptyIsObject?: boolean } = {}): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "" && options.emptyIsObject) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HTTPException(400, { message: UNREADABLE_JSON });
  }
}

export function textField(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

export function textFields(body: FormBody, name: string): string[] {
  const value = body[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((item): item is string => typeof item === "string");
}

/** Files actually chosen: browsers send an empty, nameless part when none was. */
export function fileFields(body: FormBody, name: string): File[] {
  const value = body[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((item): item is File => typeof item !== "string" && (item.size > 0 || item.name !== ""));
}
