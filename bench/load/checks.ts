/**
 * What the database says after a load run: every acknowledged decision written exactly once with
 * its event and the request at the next version, no version decided twice, no decision written
 * without an answer unless its answer was lost, and the audit chain, sealed, verifies.
 */

import { sealEvents } from "../../src/services/seal-events";
import { verifyEventChain } from "../../src/services/verify-event-chain";
import { loadAudit } from "./audit";
import { openLibsql } from "../../src/storage/libsql";

export interface DecisionLedger {
  /** Request id → version sent. */
  readonly sent: Map<number, number>;
  /** Request id → HTTP status received (0 when no answer came). */
  readonly answered: Map<number, number>;
}

export async function checkDatabase(file: string, ledger: DecisionLedger, eventsBefore: number) {
  const handle = openLibsql({ url: `file:${file}` });
  const { client } = handle;
  const problems: string[] = [];
  const { sent, answered } = ledger;
  const acknowledged = [...answered].filter(([, status]) => status >= 200 && status < 300).map(([id]) => id);
  const acknowledgedSet = new Set(acknowledged);
  const unanswered = [...answered].filter(([, status]) => status === 0).length;
  const rows = (
    await client.execute({
      sql: `select r.id, r.state, r.version,
          (select count(*) from decisions d where d.request_id = r.id and d.request_version = r.version) as decisions,
          (select count(*) from decisions d where d.request_id = r.id and d.request_version > 2) as new_decisions,
          (select count(*) from events e where e.request_id = r.id and e.request_version = r.version and e.type = 'accept') as events
        from requests r where r.id in (select value from json_each(?))`,
      args: [JSON.stringify([...sent.keys()])],
    })
  ).rows;
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  for (const id of acknowledged) {
    const row = byId.get(id);
    const version = sent.get(id)! + 1;
    if (!row || row.state !== "accepted" || Number(row.version) !== version) {
      problems.push(`demande ${id} : décision acquittée mais état ${row?.state} v${row?.version}`);
    } else if (Number(row.decisions) !== 1 || Number(row.new_decisions) !== 1 || Number(row.events) !== 1) {
      problems.push(`demande ${id} : ${row.new_decisions} décision(s), ${row.events} événement(s) au lieu d'un`);
    }
  }
  // Written without an acknowledgement: only a decision whose answer was lost may be.
  const unacknowledged = rows.filter((row) => row.state === "accepted" && !acknowledgedSet.has(Number(row.id))).length;
  if (unacknowledged > unanswered) {
    problems.push(`${unacknowledged} décisions écrites sans réponse reçue (${unanswered} réponses perdues)`);
  }
  const doubled = Number(
    (
      await client.execute(
        "select count(*) as n from (select request_id, request_version from decisions group by 1, 2 having count(*) > 1)",
      )
    ).rows[0]!.n,
  );
  if (doubled > 0) problems.push(`${doubled} versions de demande décidées deux fois`);
  const eventsAfter = Number((await client.execute("select count(*) as n from events")).rows[0]!.n);
  const written = acknowledged.length + unacknowledged;
  if (eventsAfter - eventsBefore !== written) {
    problems.push(`${eventsAfter - eventsBefore} événements écrits pour ${written} décisions`);
  }
  await sealEvents({ db: handle.db, ...loadAudit, now: Date.now() });
  const chain = await verifyEventChain(handle.db, loadAudit.keys, await loadAudit.checkpoints.latest());
  if (!chain.ok) problems.push(`chaîne d'audit rompue à l'événement ${chain.eventId} : ${chain.reason}`);
  client.close();
  return {
    decisions_sent: sent.size,
    decisions_acknowledged: acknowledged.length,
    decisions_written_unanswered: unacknowledged,
    events_written: eventsAfter - eventsBefore,
    chain_checked: chain.checked,
    chain_ok: chain.ok,
    problems,
  };
}
