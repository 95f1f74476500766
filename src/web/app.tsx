/**
 * createApp(deps): the one hono application both runtimes serve. Middleware order: readiness,
 * security headers, body size, CSRF origin check, session, sign-in rate limit; then routes by audience; errors turned into
 * French pages (or fragments, or JSON for the API) in one place.
 */

import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUEST } from "../domain/document";
import { DomainError } from "../domain/errors";
import { createDatapassClient } from "../datapass/client";
import { ErrorFragment, ErrorPage } from "../../views/pages/error-page";
import type { AppDeps, AppEnv } from "./app-env";
import { createEdgeGuard } from "../outbound/edge-guard";
import { createActFetcher } from "./act-fetcher";
import { API_CODES, STATUS_BY_CODE, TITLE_BY_CODE, UNEXPECTED_MESSAGE, UNEXPECTED_TITLE } from "./http-errors";
import { securityHeaders } from "./middleware/security-headers";
import { isSignInPath, RateLimitedError, rateLimit } from "./middleware/rate-limits";
import { loadSession } from "./middleware/session";
import { allowedMethods, pageFor } from "./route-methods";
import { isHtmx, renderFragment, renderPage } from "./render";
import { adminRoutes } from "./routes/admin-routes";
import { apiDocsRoutes } from "./routes/api-docs-routes";
import { apiRoutes } from "./routes/api-routes";
import { applicantRoutes } from "./routes/applicant-routes";
import { datapassRoutes } from "./routes/datapass-routes";
import { instructionRoutes } from "./routes/instruction-routes";
import { oidcRoutes } from "./routes/oidc-routes";
import { publicRoutes } from "./routes/public-routes";
import { statisticsRoutes } from "./routes/statistics-routes";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const TOO_LARGE_MESSAGE =
  "Cet envoi dépasse la taille permise : 10 Mo par document et 6 documents au plus. Rien n'a été enregistré.";

export function createApp(given: AppDeps): Hono<AppEnv> {
  const outbound = given.outbound ?? createEdgeGuard({ allowLoopback: given.config.outboundAllowLoopback ?? false });
  const deps: AppDeps = {
    ...given,
    outbound,
    actFetcher:
      given.actFetcher ??
      createActFetcher({
        db: given.db,
        now: given.now ?? Date.now,
        fetch: outbound.fetch,
        reader: given.reader,
        log: given.log ?? console.error,
      }),
  };
  const app = new Hono<AppEnv>();
  let ready: Promise<void> | undefined;
  const datapass = deps.config.datapass
    ? createDatapassClient(
        deps.config.datapass,
        deps.fetch ?? ((input, init) => fetch(input, init)),
        deps.now ?? Date.now,
      )
    : null;

  app.use(async (c, next) => {
    c.set("deps", deps);
    c.set("datapass", datapass);
    if (deps.beforeFirstRequest) await (ready ??= deps.beforeFirstRequest());
    await next();
  });
  // A refused form (422, 409…) re-renders its page with what was typed. The address bar must
  // keep that page's own URL, so a reload shows the page: a boosted form is told not to push its
  // action's address; a plain one carries the page's address for app.js (history.replaceState).
  app.use(async (c, next) => {
    await next();
    if (c.req.method === "GET" || c.res.status < 400) return;
    if (c.req.header("hx-boosted") === "true") {
      c.res.headers.set("HX-Push-Url", "false");
    } else if (!isHtmx(c) && c.res.headers.get("content-type")?.startsWith("text/html")) {
      const page = pageFor(app, c.req.path);
      if (page && page !== c.req.path) c.res = await withPageUrl(c.res, page);
    }
  });
  app.use(securityHeaders);
  // Refused while it arrives, before anything is parsed or stored: six documents of 10 Mo each at most.
  app.use(
    bodyLimit({
      maxSize: MAX_DOCUMENTS_PER_REQUEST * MAX_DOCUMENT_BYTES + 1024 * 1024,
      onError: () => {
        throw new HTTPException(413, { message: TOO_LARGE_MESSAGE });
      },
    }),
  );
  // The API authenticates with bearer tokens and webhooks with a signature, never cookies: no
  // CSRF surface, no session.
  const isApi = (path: string) => path.startsWith("/api/") || path.startsWith("/webhooks/");
  const checkOrigin = csrf({
    origin: (origin, c) => origin === new URL(c.req.url).origin || origin === deps.config.publicUrl,
  });
  app.use((c, next) => (isApi(c.req.path) ? next() : checkOrigin(c, next)));
  app.use((c, next) => (isApi(c.req.path) ? withoutSession(c, next) : loadSession(c, next)));
  // Sign-in attempts per client address; uploads and API calls are limited on their routes.
  const signInLimit = rateLimit("signIn");
  app.use((c, next) => (isSignInPath(c.req.path) ? signInLimit(c, next) : next()));

  app.route("/", apiRoutes);
  app.route("/", apiDocsRoutes);
  app.route("/", datapassRoutes);
  app.route("/", publicRoutes);
  app.route("/", oidcRoutes);
  app.route("/", applicantRoutes);
  app.route("/", instructionRoutes);
  app.route("/", adminRoutes);
  app.route("/", statisticsRoutes);

  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    // The address of a form's action, reloaded or typed in: its page.
    const page = c.req.method === "GET" && allowed.length > 0 ? pageFor(app, c.req.path) : null;
    if (page && page !== c.req.path) return c.redirect(`${page}${new URL(c.req.url).search}`, 303);
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      c.header("Allow", allowed.join(", "));
      return showError(
        c,
        405,
        "Action impossible à cette adresse",
        "Cette adresse existe, mais pas pour ce type de requête : revenez à la page précédente et utilisez ses boutons ou ses liens.",
      );
    }
    return showError(c, 404, TITLE_BY_CODE.NOT_FOUND, "Cette page n'existe pas ou vous n'y avez pas accès.");
  });
  app.onError((error, c) => {
    if (error instanceof DomainError) {
      if (error.code === "UNAUTHENTICATED" && c.req.method === "GET" && !isHtmx(c) && !isApi(c.req.path)) {
        return c.redirect("/connexion", 303);
      }
      return showError(c, STATUS_BY_CODE[error.code], TITLE_BY_CODE[error.code], error.message, error.fields);
    }
    if (error instanceof RateLimitedError) return showError(c, 429, "Trop de requêtes", error.message);
    if (error instanceof HTTPException && error.status === 403) {
      return showError(
        c,
        403,
        "Requête refusée",
        "Cette action ne venait pas d'une page de Cadre ; par sécurité elle a été ignorée. Rechargez la page et recommencez.",
      );
    }
    if (error instanceof HTTPException)
      return showError(c, error.status as ContentfulStatusCode, "Requête invalide", error.message);
    (deps.log ?? console.error)(`[cadre] ${c.req.method} ${new URL(c.req.url).pathname} failed: ${describe(error)}`);
    return showError(c, 500, UNEXPECTED_TITLE, UNEXPECTED_MESSAGE);
  });

  return app;
}

async function withPageUrl(response: Response, page: string): Promise<Response> {
  const attribute = page.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  const html = (await response.text()).replace("<body>", `<body data-page-url="${attribute}">`);
  return new Response(html, response);
}

function withoutSession(c: Context<AppEnv>, next: () => Promise<void>) {
  c.set("actor", null);
  c.set("viewer", null);
  c.set("sessionId", null);
  return next();
}

function showError(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  title: string,
  message: string,
  fields: Readonly<Record<string, string>> = {},
) {
  if (c.req.path.startsWith("/api/") || c.req.path.startsWith("/webhooks/")) {
    const code = API_CODES[status] ?? "error";
    return c.json({ error: { code, message, ...(Object.keys(fields).length ? { fields } : {}) } }, status);
  }
  // A boosted form or link swaps the whole body: it gets the whole error page, like a browser
  // without JavaScript; other htmx requests fill one region and get the alert alone.
  if (isHtmx(c) && c.req.header("hx-boosted") !== "true") {
    return renderFragment(c, <ErrorFragment title={title} message={message} />, status);
  }
  return renderPage(
    c,
    <ErrorPage
      status={status}
      title={title}
      message={message}
      viewer={c.var.viewer ?? null}
      currentPath={c.req.path}
    />,
    status,
  );
}

// One line, no stack: the error's name and message are enough to find it in the code.
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error).split("\n")[0] ?? "unknown error";
}
