/** French formatting of dates (Paris time, whatever the server's zone) and delays, for messages and pages. */

// Paris time is kept in one place; pages and messages import the formatters from here.
export { formatDate, formatDateTime } from "./paris-time";

/** "12 jours" / "moins d'un jour": delays as a town-hall agent reads them. */
export function formatDays(days: number | null): string {
  if (days === null) return "pas encore de données";
  if (days < 1) return "moins d'un jour";
  const rounded = Math.round(days);
  return `${rounded} jour${rounded > 1 ? "s" : ""}`;
}
