/** The API's documentation for people (/api/docs), rendered from the OpenAPI document; public like it. */

import { Hono } from "hono";
import { ApiDocsPage, type ApiDocument } from "../../../views/pages/api-docs-page";
import type { AppEnv } from "../app-env";
import { OPENAPI } from "../openapi";
import { renderPage } from "../render";

export const apiDocsRoutes = new Hono<AppEnv>();

apiDocsRoutes.get("/api/docs", (c) =>
  renderPage(c, <ApiDocsPage document={OPENAPI as unknown as ApiDocument} currentPath="/api/docs" />),
);
