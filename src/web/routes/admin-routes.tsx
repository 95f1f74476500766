/** Administration: accounts and roles, API tokens, and the streamed exports of requests and decisions. */

import { Hono, type Context } from "hono";
import { DomainError, invalid } from "../../domain/errors";
import { isRole } from "../../domain/roles";
import { createAccount, createTokenForUser, updateUser, type NewAccount } from "../../services/manage-users";
import { computeDashboard } from "../../domain/statistics-dashboard";
import { randomHex } from "../../domain/digest";
import { deactivateWebhook, insertWebhook, listWebhooks } from "../../storage/outbox-store";
import { WebhooksPage } from "../../../views/pages/webhooks-page";
import { TemplatesPage } from "../../../views/pages/templates-page";
import { deleteTemplate, findTemplate, listTemplates } from "../../storage/templates-store";
import { saveMessageTemplate } from "../../services/manage-templates";
import { RULES } from "../../rules/index";
import { listDashboardEvents, listRuleOutcomes } from "../../storage/dashboard-store";
import {
  findUserById,
  listOrganisationsToName,
  listUsersByRole,
  listUsersWithOrganisation,
} from "../../storage/people-store";
import { nameOrganisation } from "../../services/name-organisation";
import type { NamingFormState } from "../../../views/partials/organisation-naming";
import { DashboardPage } from "../../../views/pages/dashboard-page";
import { now } from "../middleware/session";
import { UsersPage } from "../../../views/pages/users-page";
import { formBody, idParam, textField } from "../params";
import { redirectAfterPost } from "../render";
import { serviceContext } from "../service-context";
import { decisionRow, DECISION_COLUMNS, mapRows, requestRow, REQUEST_COLUMNS } from "../../exports/catalogue";
import { countDecisionRows, countRequestRows, decisionRows, requestRows } from "../../storage/export-store";
import { ExportsPage } from "../../../views/pages/exports-page";
import type { AppEnv } from "../app-env";
import { exportFormat, exportPeriod, exportSeparator, streamExport } from "../export-response";
import { requireRole } from "../middleware/require-role";
import { renderPage } from "../render";

export const adminRoutes = new Hono<AppEnv>();

const admin = requireRole("admin");
const DAY = 86_400_000;

adminRoutes.get("/admin/exports", admin, async (c) =>
  renderPage(
    c,
    <ExportsPage viewer={c.var.viewer!} requestColumns={REQUEST_COLUMNS} decisionColumns={DECISION_COLUMNS} />,
  ),
);

adminRoutes.get("/admin/statistiques", admin, async (c) => {
  const { db } = c.var.deps;
  const today = new Date(now(c)).toISOString().slice(0, 10);
  const ninetyDaysAgo = new Date(now(c) - 90 * DAY).toISOString().slice(0, 10);
  const form = {
    du: c.req.query("du") || ninetyDaysAgo,
    au: c.req.query("au") || today,
    cas: c.req.query("cas") ?? "",
    donnee: c.req.query("donnee") ?? "",
    instructeur: c.req.query("instructeur") ?? "",
  };
  const from = Date.parse(`${form.du}T00:00:00Z`);
  const until = Date.parse(`${form.au}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(until) || until < from) {
    throw invalid("La période est invalide : « du » et « au » sont des dates, « au » après « du ».");
  }
  const period = { from, to: until + DAY };
  const filters = {
    useCase: form.cas || undefined,
    scope: form.donnee || undefined,
    instructorId: /^\d+$/.test(form.instructeur) ? Number(form.instructeur) : undefined,
  };
  const [events, outcomes, instructors] = await Promise.all([
    listDashboardEvents(db, filters),
    listRuleOutcomes(db, filters, period),
    listUsersByRole(db, "instructor"),
  ]);
  const everyone = await listUsersWithOrganisation(db);
  const dashboard = computeDashboard({
    events,
    period,
    actorNames: new Map(everyone.map((user) => [user.id, user.name])),
    ruleOutcomes: outcomes,
    ruleTitles: new Map(RULES.map((rule) => [rule.id, rule.title])),
  });
  return renderPage(
    c,
    <DashboardPage viewer={c.var.viewer!} form={form} dashboard={dashboard} instructors={instructors} />,
  );
});

adminRoutes.get("/admin/webhooks", admin, async (c) =>
  renderPage(c, <WebhooksPage viewer={c.var.viewer!} hooks={await listWebhooks(c.var.deps.db)} />),
);

adminRoutes.post("/admin/webhooks", admin, async (c) => {
  const url = textField(await formBody(c), "url").trim();
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) {
    const hooks = await listWebhooks(c.var.deps.db);
    return renderPage(
      c,
      <WebhooksPage viewer={c.var.viewer!} hooks={hooks} error="Indiquez une adresse web complète (https://…)." />,
      422,
    );
  }
  const secret = randomHex(32);
  await insertWebhook(c.var.deps.db, { url, secret }, now(c));
  c.header("Cache-Control", "no-store");
  const hooks = await listWebhooks(c.var.deps.db);
  return renderPage(c, <WebhooksPage viewer={c.var.viewer!} hooks={hooks} created={{ url, secret }} />);
});

adminRoutes.post("/admin/webhooks/:id/desactiver", admin, async (c) => {
  await formBody(c);
  await deactivateWebhook(c.var.deps.db, idParam(c, "id"));
  return redirectAfterPost(c, "/admin/webhooks");
});

adminRoutes.get("/admin/modeles", admin, async (c) => {
  const id = Number(c.req.query("modifier"));
  const editing = Number.isSafeInteger(id) && id > 0 ? await findTemplate(c.var.deps.db, id) : undefined;
  return renderPage(
    c,
    <TemplatesPage viewer={c.var.viewer!} templates={await listTemplates(c.var.deps.db)} editing={editing} />,
  );
});

adminRoutes.post("/admin/modeles", admin, async (c) => {
  const body = await formBody(c);
  const id = Number(textField(body, "id")) || undefined;
  const values = {
    id,
    name: textField(body, "nom"),
    decision: textField(body, "decision"),
    body: textField(body, "texte"),
  };
  try {
    await saveMessageTemplate(serviceContext(c), values);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    const templates = await listTemplates(c.var.deps.db);
    return renderPage(
      c,
      <TemplatesPage
        viewer={c.var.viewer!}
        templates={templates}
        editing={values}
        errors={error.fields}
        message={error.message}
      />,
      422,
    );
  }
  return redirectAfterPost(c, "/admin/modeles");
});

adminRoutes.post("/admin/modeles/:id/supprimer", admin, async (c) => {
  await formBody(c);
  await deleteTemplate(c.var.deps.db, idParam(c, "id"));
  return redirectAfterPost(c, "/admin/modeles");
});

adminRoutes.get("/admin/utilisateurs", admin, async (c) => usersPage(c));

adminRoutes.post("/admin/utilisateurs", admin, async (c) => {
  const body = await formBody(c);
  const role = textField(body, "role");
  const values = { email: textField(body, "email"), name: textField(body, "nom"), siret: textField(body, "siret") };
  try {
    if (!isRole(role)) throw invalid("Rôle inconnu.", { role: "Choisissez un rôle dans la liste." });
    await createAccount(serviceContext(c), { ...values, role });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    const draft = { ...values, role: isRole(role) ? role : "instructor" } satisfies NewAccount;
    return usersPage(c, { error: error.message, newAccount: { values: draft, errors: error.fields } }, 422);
  }
  return redirectAfterPost(c, "/admin/utilisateurs");
});

adminRoutes.post("/admin/utilisateurs/:id", admin, async (c) => {
  // The id first: a malformed one is a 404, whatever the form says.
  const userId = idParam(c, "id");
  const body = await formBody(c);
  const role = textField(body, "role");
  try {
    if (!isRole(role)) throw invalid("Rôle inconnu.");
    await updateUser(serviceContext(c), {
      userId,
      role,
      disabled: textField(body, "desactive") === "1",
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "VALIDATION") return usersPage(c, { error: error.message }, 422);
    throw error;
  }
  return redirectAfterPost(c, "/admin/utilisateurs");
});

adminRoutes.post("/admin/organisations/:id/nom", admin, async (c) => {
  const organisationId = idParam(c, "id");
  const body = await formBody(c);
  const values = {
    name: textField(body, "nom"),
    kind: textField(body, "type"),
    departement: textField(body, "departement"),
  };
  try {
    await nameOrganisation(serviceContext(c), { organisationId, ...values });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    return usersPage(c, { error: error.message, naming: { organisationId, values, errors: error.fields } }, 422);
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
  extra: {
    newToken?: { userName: string; token: string };
    error?: string;
    newAccount?: { values: NewAccount; errors: Readonly<Record<string, string>> };
    naming?: NamingFormState & { organisationId: number };
  } = {},
  status: 200 | 422 = 200,
) {
  c.header("Cache-Control", "no-store");
  const [users, toName] = await Promise.all([
    listUsersWithOrganisation(c.var.deps.db),
    listOrganisationsToName(c.var.deps.db),
  ]);
  return renderPage(c, <UsersPage viewer={c.var.viewer!} users={users} toName={toName} {...extra} />, status);
}

// The rows are counted first (one indexed count, ~0.1 s at a million) so that the response can say
// how many are coming: the page's script shows progress against that number.
adminRoutes.get("/admin/exports/demandes", admin, async (c) => {
  const { db, requestRows: readRows } = c.var.deps;
  const format = exportFormat(c.req.query("format"));
  const period = exportPeriod(c);
  const total = await countRequestRows(db, period);
  const rows = mapRows(readRows ? readRows(period) : requestRows(db, period), requestRow);
  return streamExport(c, "demandes", format, REQUEST_COLUMNS, rows, exportSeparator(c), total);
});

adminRoutes.get("/admin/exports/decisions", admin, async (c) => {
  const { db } = c.var.deps;
  const format = exportFormat(c.req.query("format"));
  const period = exportPeriod(c);
  const total = await countDecisionRows(db, period);
  const rows = mapRows(decisionRows(db, period), decisionRow);
  return streamExport(c, "decisions", format, DECISION_COLUMNS, rows, exportSeparator(c), total);
});
