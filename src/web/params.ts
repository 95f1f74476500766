/** Reading ids, versions and files from requests; malformed input is a clean 404 or 422. */

import type { Context } from "hono";
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

export async function formBody(c: Context<AppEnv>): Promise<FormBody> {
  try {
    return (await c.req.parseBody({ all: true })) as FormBody;
  } catch {
    throw invalid("Le formulaire envoyé est illisible : rechargez la page et recommencez.");
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
