/**
 * The storage guarantees both runtimes must keep: a stale transition batch fails whole,
 * events cannot be changed, document bytes survive chunking.
 */

import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isUniqueViolation, runAtomically } from "../../src/storage/database";
import { CHUNK_SIZE, documentStatements, readDocumentBytes } from "../../src/storage/documents-store";
import { draftStatements, transitionStatements } from "../../src/storage/request-writes";
import { findRequest } from "../../src/storage/requests-store";
import { decisions, documents, events } from "../../src/storage/schema";
import { createHarness } from "../support/harness";

describe("atomic writes", async () => {
  const harness = await createHarness();
  const { db } = harness;
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");

  async function newDraft(): Promise<number> {
    const [created] = await runAtomically(
      db,
      draftStatements(
        db,
        {
          organisationId: organisation.id,
          createdById: applicant.id,
          useCase: "demande-libre",
          scopes: ["cnaf_quotient_familial"],
          legalFrameworkText: "",
          legalFrameworkUrl: null,
        },
        harness.clock.now,
      ),
    );
    return (created as { id: number }[])[0]!.id;
  }

  const submit = (requestId: number, fromVersion: number, event: "submit" | "accept" = "submit") =>
    transitionStatements(
      db,
      {
        requestId,
        fromVersion,
        event,
        from: event === "submit" ? "draft" : "submitted",
        to: event === "submit" ? "submitted" : "accepted",
        actorId: event === "submit" ? applicant.id : instructor.id,
        motivation: "",
      },
      harness.clock.now,
    );

  it("creates a draft with its scopes and its first event in one batch", async () => {
    const id = await newDraft();
    expect(await findRequest(db, id)).toMatchObject({ state: "draft", version: 1, scopes: ["cnaf_quotient_familial"] });
    expect(await db.select().from(events).where(eq(events.requestId, id))).toMatchObject([
      { type: "created", requestVersion: 1 },
    ]);
  });

  it("makes a batch written from a stale version fail whole, on the events' unique version", async () => {
    const id = await newDraft();
    await runAtomically(db, submit(id, 1));
    await runAtomically(db, submit(id, 2, "accept"));
    // A second writer that also read version 2: its update matches nothing, its event collides.
    const error = await runAtomically(db, submit(id, 2, "accept")).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error, "events")).toBe(true);
    expect(await findRequest(db, id)).toMatchObject({ state: "accepted", version: 3 });
    expect(await db.select().from(decisions).where(eq(decisions.requestId, id))).toHaveLength(1);
    expect(await db.select().from(events).where(eq(events.requestId, id))).toHaveLength(3);
  });

  it("enforces foreign keys, as D1 does", async () => {
    await expect(
      db.run(sql`insert into request_scopes (request_id, scope) values (${2_000_000_000}, 'cnaf_adresse')`),
    ).rejects.toThrow();
  });

  it("keeps events append-only", async () => {
    const id = await newDraft();
    await expect(db.run(sql`update events set type = 'accept' where request_id = ${id}`)).rejects.toThrow();
    await expect(db.run(sql`delete from events where request_id = ${id}`)).rejects.toThrow();
    expect(await db.select().from(events).where(eq(events.requestId, id))).toMatchObject([{ type: "created" }]);
  });

  it("stores a document in chunks below the row limit and reads the same bytes back", async () => {
    const id = await newDraft();
    const bytes = new Uint8Array(CHUNK_SIZE * 2 + 1234).map((_, index) => (index * 31 + 7) % 256);
    await runAtomically(
      db,
      documentStatements(
        db,
        {
          requestId: id,
          kind: "deliberation",
          name: "gros.pdf",
          mediaType: "application/pdf",
          bytes,
          sha256: "x",
          uploadedById: applicant.id,
        },
        harness.clock.now,
      ),
    );
    const [stored] = await db.select().from(documents).where(eq(documents.requestId, id));
    expect(stored?.chunkCount).toBe(3);
    expect(await readDocumentBytes(db, stored!.id)).toEqual(bytes);
  });
});
