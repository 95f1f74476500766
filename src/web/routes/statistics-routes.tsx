/** Public pages: the statistics and the open-data file of accepted requests. */

import { Hono } from "hono";
import { OPEN_DATA_COLUMNS } from "../../exports/catalogue";
import { exportOpenData } from "../../services/export-open-data";
import { getPublicCharts } from "../../services/get-public-charts";
import { getPublicStatistics } from "../../services/get-public-statistics";
import { PublicStatisticsPage } from "../../../views/pages/public-statistics-page";
import type { AppEnv } from "../app-env";
import { now } from "../middleware/session";
import { renderPage } from "../render";
import { streamExport } from "../export-response";

export const statisticsRoutes = new Hono<AppEnv>();

statisticsRoutes.get("/statistiques", async (c) => {
  const stats = await getPublicStatistics(c.var.deps.db, now(c));
  const charts = await getPublicCharts(c.var.deps.db, { from: stats.from, to: stats.to });
  return renderPage(c, <PublicStatisticsPage viewer={c.var.viewer} stats={stats} charts={charts} />);
});

statisticsRoutes.get("/statistiques/demandes-validees.csv", (c) => {
  const rows = exportOpenData(c.var.deps.db);
  // Open data is read by programs more than by Excel: commas, as data.gouv.fr expects.
  return streamExport(c, "demandes-validees", "csv", OPEN_DATA_COLUMNS, rows, ",");
});
