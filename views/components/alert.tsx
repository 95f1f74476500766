/** DSFR alerts for outcomes and errors; role="alert" only when the reader must hear it at once. */

export type AlertKind = "success" | "error" | "info" | "warning";

export function Alert({ kind, title, message }: { kind: AlertKind; title: string; message?: string }) {
  return (
    <div class={`fr-alert fr-alert--${kind} fr-mb-3w`} role={kind === "error" ? "alert" : undefined}>
      <h3 class="fr-alert__title">{title}</h3>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
