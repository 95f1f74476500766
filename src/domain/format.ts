/** French formatting of dates for messages and pages (Paris time, whatever the server's zone). */

const DATE_TIME = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export const formatDateTime = (ms: number): string => DATE_TIME.format(new Date(ms));
export const formatDate = (ms: number): string => DATE.format(new Date(ms));
