/** Administration: accounts and roles, API tokens, and the streamed exports of requests and decisions. */

import { Hono, type Context } from "hono";
import { DomainError, invalid } from "../../domain/errors";
import { isRole } from "../../domain/roles";
import { createTokenForUser, updateUser } from "../../services/manage-users";
import { findUserById, listUsersWithOrganisation } from "../../storage/people-store";
import { UsersPage } from "../../../views/pages/users-page";
import { formBody, idParam, textField } from "../params";
import { redirectAfterPost } from "../render";
import { serviceContext } from "../service-context";
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
  renderPage(
    c,
    <ExportsPage viewer={c.var.viewer!} requestColumns={REQUEST_COLUMNS} decisionColumns={DECISION_COLUMNS} />,
  ),
);

adminRoutes.get("/admin/utilisateurs", admin, async (c) => usersPage(c));

adminRoutes.post("/admin/utilisateurs/:id", admin, async (c) => {
  const body = await formBody(c);
  const role = textField(body, "role");
  try {
    if (!isRole(role)) throw invalid("Rôle inconnu.");
    await updateUser(serviceContext(c), {
      userId: idParam(c, "id"),
      role,
      disabled: textField(body, "desactive") === "1",
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "VALIDATION") return usersPage(c, { error: error.message }, 422);
    throw error;
  }
  return redirectAfterPost(c, "/admin/utilisateurs");
});

adminRoutes.post("/admin/utilisateurs/:id/jeton", admin, async (c) => {
  await formBody(c);
  const userId = idParam(c, "id");
  const token = await createTokenForUser(serviceContext(c), userId);
  const user = await findUserById(c.var.deps.db, userId);
  // Shown once, in this response only: never in a URL, never stored in clear.
  return usersPage(c, { newToken: { userName: user?.name ?? "", token } });
});

async function usersPage(
  c: Context<AppEnv>,
  extra: { newToken?: { userName: string; token: string }; error?: string } = {},
  status: 200 | 422 = 200,
) {
  c.header("Cache-Control", "no-store");
  const users = await listUsersWithOrganisation(c.var.deps.db);
  return renderPage(c, <UsersPage viewer={c.var.viewer!} users={users} {...extra} />, status);
}

adminRoutes.get("/admin/exports/demandes", admin, (c) => {
  const format = exportFormat(c.req.query("format"));
  const rows = mapRows(requestRows(c.var.deps.db, exportPeriod(c)), requestRow);
  return streamExport(
    c,
    "demandes",
    format,
    REQUEST_COLUMNS,
    rows,
    c.req.query("separateur") === "virgule" ? "," : ";",
  );
});

adminRoutes.get("/admin/exports/decisions", admin, (c) => {
  const format = exportFormat(c.req.query("format"));
  const rows = mapRows(decisionRows(c.var.deps.db, exportPeriod(c)), decisionRow);
  return streamExport(
    c,
    "decisions",
    format,
    DECISION_COLUMNS,
    rows,
    c.req.query("separateur") === "virgule" ? "," : ";",
  );
});
