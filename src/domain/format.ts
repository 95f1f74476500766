/** French formatting of dates (Paris time, whatever the server's zone) and delays, for messages and pages. */

const DATE_TIME = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export const formatDateTime = (ms: number): string => DATE_TIME.format(new Date(ms));
export const formatDate = (ms: number): string => DATE.format(new Date(ms));

/** "12 jours" / "moins d'un jour": delays as a town-hall agent reads them. */
export function formatDays(days: number | null): string {
  if (days === null) return "pas encore de données";
  if (days < 1) return "moins d'un jour";
  const rounded = Math.round(days);
  return `${rounded} jour${rounded > 1 ? "s" : ""}`;
}
