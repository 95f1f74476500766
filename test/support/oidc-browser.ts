/**
 * A small browser for sign-in journeys without Chromium: one cookie jar per origin, redirects
 * followed by hand. Requests to Cadre's test origin go to the harness app; every other origin
 * (the local identity provider) is reached with real HTTP.
 */

import { TEST_ORIGIN, type Harness } from "./harness-core";

export interface Visit {
  readonly url: URL;
  readonly response: Response;
  readonly body: string;
}

export class FetchBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly harness: Harness) {}

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string | null): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    if (value === null) jar.delete(name);
    else jar.set(name, value);
    this.jars.set(origin, jar);
  }

  /** One request, no redirect followed. */
  async request(url: URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers = new Headers();
    const jar = this.jars.get(url.origin);
    if (jar?.size) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const body = init.form ? new URLSearchParams(init.form) : undefined;
    if (body) headers.set("content-type", "application/x-www-form-urlencoded");
    const method = init.method ?? (body ? "POST" : "GET");
    const response =
      url.origin === TEST_ORIGIN
        ? await this.harness.request(`${url.pathname}${url.search}`, { method, headers, body })
        : await fetch(url, { method, headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) this.store(url.origin, line);
    return response;
  }

  /** A request, then every redirect, like a browser's navigation. */
  async visit(start: URL | string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Visit> {
    let url = new URL(start, TEST_ORIGIN);
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.headers.get("location")!, url);
      response = await this.request(url);
    }
    return { url, response, body: await response.text() };
  }

  private store(origin: string, line: string): void {
    const [pair = "", ...attributes] = line.split(";");
    const index = pair.indexOf("=");
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = "", raw = ""] = attribute.split("=").map((part) => part.trim());
      if (key.toLowerCase() === "max-age") return Number(raw) <= 0;
      if (key.toLowerCase() === "expires") return Date.parse(raw) <= Date.now();
      return false;
    });
    this.setCookie(origin, name, expired || value === "" ? null : value);
  }
}

/** The fields of the first form of a page whose action matches, and that action (absolute). */
export function readForm(visit: Visit, action: RegExp): { action: URL; fields: Record<string, string> } {
  const actionMatch = [...visit.body.matchAll(/<form[^>]*action="([^"]+)"[^>]*>/g)].find((match) =>
    action.test(match[1]!),
  );
  if (!actionMatch) throw new Error(`no form with action ${action} on ${visit.url.href}`);
  const form = /<form[^>]*id="([^"]+)"/.exec(actionMatch[0])?.[1];
  const fields: Record<string, string> = {};
  for (const input of visit.body.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    const owner = /form="([^"]+)"/.exec(input[0])?.[1];
    if (name && (!owner || owner === form)) fields[name] = value;
  }
  return { action: new URL(actionMatch[1]!.replace(/&amp;/g, "&"), visit.url), fields };
}
