/** Administration: exports of requests and decisions (streamed), and the page that offers them. */

import { Hono } from "hono";
import { decisionRow, DECISION_COLUMNS, mapRows, requestRow, REQUEST_COLUMNS } from "../../exports/catalogue";
import { decisionRows, requestRows } from "../../storage/export-store";
import { ExportsPage } from "../../../views/pages/exports-page";
import type { AppEnv } from "../app-env";
import { exportFormat, exportPeriod, streamExport } from "../export-response";
import { requireRole } from "../middleware/require-role";
import { renderPage } from "../render";

export const adminRoutes = new Hono<AppEnv>();

const admin = requireRole("admin");

adminRoutes.get("/admin/exports", admin, async (c) =>
  renderPage(c, <ExportsPage viewer={c.var.viewer!} requestColumns={REQUEST_COLUMNS} decisionColumns={DECISION_COLUMNS} />),
);

adminRoutes.get("/admin/exports/demandes", admin, (c) => {
  const format = exportFormat(c.req.query("format"));
  const rows = mapRows(requestRows(c.var.deps.db, exportPeriod(c)), requestRow);
  return streamExport(c, "demandes", format, REQUEST_COLUMNS, rows, c.req.query("separateur") === "virgule" ? "," : ";");
});

adminRoutes.get("/admin/exports/decisions", admin, (c) => {
  const format = exportFormat(c.req.query("format"));
  const rows = mapRows(decisionRows(c.var.deps.db, exportPeriod(c)), decisionRow);
  return streamExport(c, "decisions", format, DECISION_COLUMNS, rows, c.req.query("separateur") === "virgule" ? "," : ";");
});
