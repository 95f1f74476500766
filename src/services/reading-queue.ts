/**
 * Documents are read after the upload answers, so a town-hall agent never waits on OCR.
 * One document at a time per process (OCR is CPU-bound); `idle()` lets tests and commands
 * wait for the queue to drain. A failure is logged in one line and leaves the text pending.
 */

export interface ReadingQueue {
  schedule(documentIds: readonly number[]): void;
  idle(): Promise<void>;
}

export function createReadingQueue(
  read: (documentId: number) => Promise<unknown>,
  log: (line: string) => void,
): ReadingQueue {
  const waiting: number[] = [];
  let running: Promise<void> | null = null;

  async function drain(): Promise<void> {
    for (let id = waiting.shift(); id !== undefined; id = waiting.shift()) {
      try {
        await read(id);
      } catch (error) {
        log(
          `[cadre] reading document ${id} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
      }
    }
    running = null;
  }

  return {
    schedule(documentIds) {
      for (const id of documentIds) if (!waiting.includes(id)) waiting.push(id);
      // Started on the next microtask, so `running` is set before drain() can end and clear it
      // (an empty or synchronous drain would otherwise leave a settled promise there for ever).
      running ??= Promise.resolve().then(drain);
    },
    async idle() {
      while (running) await running;
    },
  };
}
