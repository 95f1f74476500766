/**
 * What still needs the applicant's attention in what Cadre read: unjustified data and failing
 * checks. Pure, on the reading's shape, so that the submit check and the pages agree.
 */

export interface ReadingPoints {
  readonly scopes: readonly { readonly justified: boolean; readonly message: string }[];
  readonly findings: readonly { readonly scope?: string | null; readonly status: string; readonly message: string }[];
}

export function openPoints(reading: ReadingPoints): string[] {
  return [
    ...reading.scopes.filter((verdict) => !verdict.justified).map((verdict) => verdict.message),
    ...reading.findings
      .filter((finding) => !finding.scope && finding.status === "fail")
      .map((finding) => finding.message),
  ];
}
