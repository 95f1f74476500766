/**
 * DataPass signs each webhook's raw body with HMAC-SHA256 under the shared secret and sends
 * `X-Hub-Signature-256: sha256=<hex>`. WebCrypto's verify compares in constant time, on Node
 * and on Workers alike.
 */

const encoder = new TextEncoder();

export async function isSignedByDatapass(
  secret: string,
  rawBody: Uint8Array,
  header: string | undefined,
): Promise<boolean> {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? "");
  if (!match) return false;
  const signature = new Uint8Array(match[1]!.match(/../g)!.map((pair) => parseInt(pair, 16)));
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "verify",
  ]);
  return crypto.subtle.verify("HMAC", key, signature, rawBody as Uint8Array<ArrayBuffer>);
}

/** The header DataPass would send for this body (for the tests' stand-in and for documentation). */
export async function datapassSignature(secret: string, rawBody: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, rawBody as Uint8Array<ArrayBuffer>));
  return `sha256=${[...mac].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
