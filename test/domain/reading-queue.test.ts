/** The reading queue drains in order and goes idle, including when scheduled with nothing. */

import { describe, expect, it } from "vitest";
import { createReadingQueue } from "../../src/services/reading-queue";

describe("reading queue", () => {
  it("is idle at once when scheduled with no document (a server start with nothing to read)", async () => {
    const queue = createReadingQueue(
      async () => undefined,
      () => undefined,
    );
    queue.schedule([]);
    const outcome = await Promise.race([
      queue.idle().then(() => "idle"),
      new Promise((done) => setTimeout(() => done("still busy"), 500)),
    ]);
    expect(outcome).toBe("idle");
  });

  it("reads each scheduled document once, in order, and logs a failure without stopping", async () => {
    const read: number[] = [];
    const logs: string[] = [];
    const queue = createReadingQueue(
      async (id) => {
        read.push(id);
        if (id === 2) throw new Error("illisible");
      },
      (line) => logs.push(line),
    );
    queue.schedule([1, 2, 2]);
    queue.schedule([3]);
    await queue.idle();
    queue.schedule([4]);
    await queue.idle();
    expect(read).toEqual([1, 2, 3, 4]);
    expect(logs).toEqual(["[cadre] reading document 2 failed: illisible"]);
  });
});
