/** Rendering helpers: full pages with their doctype, and the viewer every page needs. */

import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { AppEnv } from "./app-env";

export async function renderPage(c: Context<AppEnv>, page: JSX.Element, status: ContentfulStatusCode = 200) {
  const body = await page.toString();
  return c.html(`<!DOCTYPE html>${body}`, status);
}

export async function renderFragment(c: Context<AppEnv>, fragment: JSX.Element, status: ContentfulStatusCode = 200) {
  return c.html(await fragment.toString(), status);
}

export const isHtmx = (c: Context<AppEnv>) => c.req.header("hx-request") === "true";

/**
 * Where a form goes back after a POST: 303 for browsers and for htmx-boosted forms (htmx follows
 * it and swaps the page in place, keeping the scroll and pushing the URL); HX-Redirect for other
 * htmx requests, which expect a fragment.
 */
export function redirectAfterPost(c: Context<AppEnv>, location: string) {
  if (isHtmx(c) && c.req.header("hx-boosted") !== "true") {
    c.header("HX-Redirect", location);
    return c.body(null, 204);
  }
  return c.redirect(location, 303);
}
