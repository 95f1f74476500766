/** Administration: accounts and roles, API tokens, and the streamed exports of requests and decisions. */

import { Hono, type Context } from "hono";
import { DomainError, invalid } from "../../domain/errors";
import { isRole } from "../../domain/roles";
import { createAccount, type NewAccount } from "../../services/create-account";
import { createTokenForUser } from "../../services/create-token-for-user";
import { deactivateWebhook } from "../../services/deactivate-webhook";
import { deleteMessageTemplate } from "../../services/delete-message-template";
import { exportDecisions } from "../../services/export-decisions";
import { exportRequests } from "../../services/export-requests";
import { getDashboard } from "../../services/get-dashboard";
import { getTemplatesPage } from "../../services/get-templates-page";
import { listUsers } from "../../services/list-users";
import { listWebhooks } from "../../services/list-webhooks";
import { saveMessageTemplate } from "../../services/save-message-template";
import { updateUser } from "../../services/update-user";
import { DECISION_COLUMNS, REQUEST_COLUMNS } from "../../exports/catalogue";
import { registerWebhook } from "../../services/register-webhook";
import { WebhooksPage } from "../../../views/pages/webhooks-page";
import { TemplatesPage } from "../../../views/pages/templates-page";
import { listOrganisationsToName } from "../../services/list-organisations-to-name";
import { nameOrganisation } from "../../services/name-organisation";
import type { NamingFormState } from "../../../views/partials/organisation-naming";
import { DashboardPage } from "../../../views/pages/dashboard-page";
import { UsersPage } from "../../../views/pages/users-page";
import { ExportsPage } from "../../../views/pages/exports-page";
import { now } from "../middleware/session";
import { formBody, idParam, textField } from "../params";
import { redirectAfterPost } from "../render";
import { serviceContext } from "../service-context";
import { organisationNamingFields } from "../organisation-naming-fields";
import type { AppEnv } from "../app-env";
import { exportFormat, exportPeriod, exportSeparator, streamExport } from "../export-response";
import { allow } from "../middleware/allow";
import { renderPage } from "../render";
import { outboxRoutes } from "./outbox-routes";

export const adminRoutes = new Hono<AppEnv>();

adminRoutes.route("/", outboxRoutes);
const DAY = 86_400_000;

adminRoutes.get("/admin/exports", allow("export_data"), async (c) =>
  renderPage(
    c,
    <ExportsPage viewer={c.var.viewer!} requestColumns={REQUEST_COLUMNS} decisionColumns={DECISION_COLUMNS} />,
  ),
);

adminRoutes.get("/admin/statistiques", allow("view_dashboard"), async (c) => {
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
  const { dashboard, instructors } = await getDashboard(serviceContext(c), {
    period: { from, to: until + DAY },
    useCase: form.cas || undefined,
    scope: form.donnee || undefined,
    instructorId: /^\d+$/.test(form.instructeur) ? Number(form.instructeur) : undefined,
  });
  return renderPage(
    c,
    <DashboardPage viewer={c.var.viewer!} form={form} dashboard={dashboard} instructors={instructors} />,
  );
});

adminRoutes.get("/admin/webhooks", allow("manage_webhooks"), async (c) =>
  renderPage(c, <WebhooksPage viewer={c.var.viewer!} hooks={await listWebhooks(serviceContext(c))} />),
);

adminRoutes.post("/admin/webhooks", allow("manage_webhooks"), async (c) => {
  const url = textField(await formBody(c), "url");
  let created: { url: string; secret: string };
  try {
    created = await registerWebhook(serviceContext(c), { url }, c.var.deps.outbound!);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    const hooks = await listWebhooks(serviceContext(c));
    return renderPage(
      c,
      <WebhooksPage viewer={c.var.viewer!} hooks={hooks} error={error.fields.url ?? error.message} value={url} />,
      422,
    );
  }
  c.header("Cache-Control", "no-store");
  const hooks = await listWebhooks(serviceContext(c));
  return renderPage(c, <WebhooksPage viewer={c.var.viewer!} hooks={hooks} created={created} />);
});

adminRoutes.post("/admin/webhooks/:id/desactiver", allow("manage_webhooks"), async (c) => {
  const webhookId = idParam(c, "id");
  await formBody(c);
  await deactivateWebhook(serviceContext(c), { webhookId });
  return redirectAfterPost(c, "/admin/webhooks");
});

adminRoutes.get("/admin/modeles", allow("manage_templates"), async (c) => {
  const id = Number(c.req.query("modifier"));
  const { templates, editing } = await getTemplatesPage(serviceContext(c), {
    editingId: Number.isSafeInteger(id) && id > 0 ? id : undefined,
  });
  return renderPage(c, <TemplatesPage viewer={c.var.viewer!} templates={templates} editing={editing} />);
});

adminRoutes.post("/admin/modeles", allow("manage_templates"), async (c) => {
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
    const { templates } = await getTemplatesPage(serviceContext(c));
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

adminRoutes.post("/admin/modeles/:id/supprimer", allow("manage_templates"), async (c) => {
  const templateId = idParam(c, "id");
  await formBody(c);
  await deleteMessageTemplate(serviceContext(c), { templateId });
  return redirectAfterPost(c, "/admin/modeles");
});

adminRoutes.get("/admin/utilisateurs", allow("manage_users"), async (c) => usersPage(c));

adminRoutes.post("/admin/utilisateurs", allow("manage_users"), async (c) => {
  const body = await formBody(c);
  const role = textField(body, "role");
  const values = { email: textField(body, "email"), name: textField(body, "nom"), siret: textField(body, "siret") };
  try {
    if (!isRole(role)) throw invalid("Rôle inconnu.", { role: "Choisissez un rôle dans la liste." });
    await createAccount(serviceContext(c), { ...values, role });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    const draft: NewAccount = { ...values, role: isRole(role) ? role : "instructor" };
    return usersPage(c, { error: error.message, newAccount: { values: draft, errors: error.fields } }, 422);
  }
  return redirectAfterPost(c, "/admin/utilisateurs");
});

adminRoutes.post("/admin/utilisateurs/:id", allow("manage_users"), async (c) => {
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

adminRoutes.post("/admin/organisations/:id/nom", allow("name_organisation"), async (c) => {
  const organisationId = idParam(c, "id");
  const body = await formBody(c);
  const values = organisationNamingFields(body);
  try {
    await nameOrganisation(serviceContext(c), { organisationId, ...values });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    return usersPage(c, { error: error.message, naming: { organisationId, values, errors: error.fields } }, 422);
  }
  return redirectAfterPost(c, "/admin/utilisateurs");
});

adminRoutes.post("/admin/utilisateurs/:id/jeton", allow("manage_users"), async (c) => {
  const userId = idParam(c, "id");
  await formBody(c);
  // Shown once, in this response only: never in a URL, never stored in clear.
  return usersPage(c, { newToken: await createTokenForUser(serviceContext(c), { userId }) });
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
  const ctx = serviceContext(c);
  const [users, toName] = await Promise.all([listUsers(ctx), listOrganisationsToName(ctx)]);
  return renderPage(c, <UsersPage viewer={c.var.viewer!} users={users} toName={toName} {...extra} />, status);
}

// The rows are counted first (one indexed count, ~0.1 s at a million) so that the response can say
// how many are coming: the page's script shows progress against that number.
adminRoutes.get("/admin/exports/demandes", allow("export_data"), async (c) => {
  const format = exportFormat(c.req.query("format"));
  const { total, rows } = await exportRequests(serviceContext(c), {
    period: exportPeriod(c),
    source: c.var.deps.requestRows,
  });
  return streamExport(c, "demandes", format, REQUEST_COLUMNS, rows, exportSeparator(c), total);
});

adminRoutes.get("/admin/exports/decisions", allow("export_data"), async (c) => {
  const format = exportFormat(c.req.query("format"));
  const { total, rows } = await exportDecisions(serviceContext(c), { period: exportPeriod(c) });
  return streamExport(c, "decisions", format, DECISION_COLUMNS, rows, exportSeparator(c), total);
});
