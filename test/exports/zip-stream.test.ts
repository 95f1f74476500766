import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipStream } from "../../src/exports/zip-stream";
import { crc32 } from "../../src/exports/zip-stored-first";
import { firstZipEntry } from "./support/sheets";
import { collect } from "./support/streams";

async function* batches(count: number): AsyncGenerator<string> {
  for (let i = 0; i < count; i++) yield `<ligne n="${i}">données répétées</ligne>`.repeat(500);
}

describe("zipStream", () => {
  it("writes the parts in order, readable by unzip", async () => {
    const { bytes } = await collect(
      zipStream([
        { path: "a.txt", content: "été" },
        { path: "b.xml", content: batches(3) },
      ]),
    );
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(["a.txt", "b.xml"]);
    expect(strFromU8(files["a.txt"]!)).toBe("été");
    let expected = "";
    for await (const batch of batches(3)) expected += batch;
    expect(strFromU8(files["b.xml"]!)).toBe(expected);
  });

  it("puts a stored first entry in front and keeps the central directory consistent", async () => {
    const { bytes } = await collect(
      zipStream(
        [
          { path: "b.xml", content: batches(2) },
          { path: "c.txt", content: "fin" },
        ],
        {
          storedFirst: { path: "mimetype", content: "application/x-test" },
        },
      ),
    );
    expect(firstZipEntry(bytes)).toMatchObject({ name: "mimetype", method: 0, dataDescriptor: false, size: 18 });
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(["mimetype", "b.xml", "c.txt"]);
    expect(strFromU8(files.mimetype!)).toBe("application/x-test");
    expect(strFromU8(files["c.txt"]!)).toBe("fin");
  });

  it("computes the IEEE CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
