/** The reading queue drains, and idle() returns, even when there was nothing to read. */

import { describe, expect, it } from "vitest";
import { createReadingQueue } from "../../src/services/reading-queue";

describe("createReadingQueue", () => {
  it("is idle after an empty schedule (a server starting on an empty database)", async () => {
    const queue = createReadingQueue(
      async () => undefined,
      () => undefined,
    );
    queue.schedule([]);
    await expect(Promise.race([queue.idle().then(() => "idle"), timeout()])).resolves.toBe("idle");
  });

  it("reads every scheduled document once, logs failures and goes idle", async () => {
    const read: number[] = [];
    const logs: string[] = [];
    const queue = createReadingQueue(
      (id) => {
        if (id === 2) throw new Error("illisible");
        read.push(id);
        return Promise.resolve();
      },
      (line) => logs.push(line),
    );
    queue.schedule([1, 2, 3, 1]);
    await expect(Promise.race([queue.idle().then(() => "idle"), timeout()])).resolves.toBe("idle");
    expect(read).toEqual([1, 3]);
    expect(logs).toEqual(["[cadre] reading document 2 failed: illisible"]);
    queue.schedule([4]);
    await queue.idle();
    expect(read).toEqual([1, 3, 4]);
  });
});

const timeout = () => new Promise<string>((done) => setTimeout(() => done("still running"), 1000));
