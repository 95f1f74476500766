/**
 * What DataPass sends, read defensively: a webhook (`event`, `fired_at`, `data`) and a demande
 * from its API (`form_uid`, `state`, `data`, `organisation`, `applicant`). Anything missing or
 * of the wrong type is a French message, never a half-read object.
 */

import { invalid } from "../domain/errors";

export interface DatapassWebhook {
  readonly event: string;
  /** Seconds since 1970, as DataPass sends it. */
  readonly firedAt: number;
  readonly datapassId: number;
  readonly publicId: string | null;
  readonly state: string;
}

export interface DatapassDemande {
  readonly id: number;
  readonly publicId: string | null;
  readonly formUid: string;
  readonly state: string;
  readonly scopes: string[];
  readonly legalFrameworkText: string;
  readonly legalFrameworkUrl: string;
  readonly siret: string;
  readonly organisationName: string | null;
  readonly applicantEmail: string;
  readonly applicantName: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : "");
const positiveInteger = (value: unknown) =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : null;

export function readWebhook(body: unknown): DatapassWebhook {
  const data = isObject(body) && isObject(body.data) ? body.data : null;
  const event = isObject(body) ? text(body.event) : "";
  const firedAt = isObject(body) ? positiveInteger(body.fired_at) : null;
  const datapassId = data ? positiveInteger(data.id) : null;
  if (!data || !/^[a-z_]{1,40}$/.test(event) || firedAt === null || datapassId === null) {
    throw invalid("Webhook DataPass illisible : « event », « fired_at » et « data.id » sont obligatoires.");
  }
  return { event, firedAt, datapassId, publicId: text(data.public_id) || null, state: text(data.state) };
}

export function readDemande(body: unknown): DatapassDemande {
  if (!isObject(body)) throw invalid("DataPass a renvoyé une demande illisible.");
  const data = isObject(body.data) ? body.data : {};
  const organisation = isObject(body.organisation)
    ? body.organisation
    : isObject(body.organization)
      ? body.organization
      : {};
  const applicant = isObject(body.applicant) ? body.applicant : {};
  const id = positiveInteger(body.id);
  const siret = text(organisation.siret).replace(/\s/g, "");
  const applicantEmail = text(applicant.email).trim().toLowerCase();
  if (id === null || !text(body.form_uid) || !siret || !applicantEmail) {
    throw invalid("La demande DataPass n'a pas d'identifiant, de formulaire, de SIRET ou d'e-mail du demandeur.");
  }
  const scopes = Array.isArray(data.scopes) ? data.scopes.filter((scope) => typeof scope === "string") : [];
  const name = [text(applicant.given_name), text(applicant.family_name)].filter(Boolean).join(" ");
  return {
    id,
    publicId: text(body.public_id) || null,
    formUid: text(body.form_uid),
    state: text(body.state),
    scopes,
    legalFrameworkText: text(data.cadre_juridique_nature),
    legalFrameworkUrl: text(data.cadre_juridique_url),
    siret,
    organisationName: text(organisation.raison_sociale) || text(organisation.name) || null,
    applicantEmail,
    applicantName: name || applicantEmail,
  };
}
