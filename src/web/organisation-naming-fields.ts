/**
 * The organisation naming form's fields, as the agent (at the first visit) and an admin (in the
 * accounts page) send them: the same form in both places.
 */

import { textField, type FormBody } from "./params";

export function organisationNamingFields(body: FormBody): { name: string; kind: string; departement: string } {
  return {
    name: textField(body, "nom"),
    kind: textField(body, "type"),
    departement: textField(body, "departement"),
  };
}
