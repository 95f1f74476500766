/** What still needs the applicant's attention in what Cadre read: unjustified data and failing checks. */

import type { RequestReading } from "./get-request-reading";

export function openPoints(reading: RequestReading): string[] {
  return [
    ...reading.scopes.filter((verdict) => !verdict.justified).map((verdict) => verdict.message),
    ...reading.findings
      .filter((finding) => !finding.scope && finding.status === "fail")
      .map((finding) => finding.message),
  ];
}
