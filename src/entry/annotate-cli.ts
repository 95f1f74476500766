/**
 * `npm run --silent annotate -- --json [--scopes k1,k2] [--cadre TEXTE] [--use-case CLÉ] FILE`:
 * reads a .txt (UTF-8), .pdf, .docx or .odt, annotates it and prints one JSON object (or a
 * French report without --json). Errors: one French line on stderr, exit code 2.
 */

import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { annotate } from "../annotator/annotate";
import { formatReport } from "../annotator/report";
import type { ExtractionResult } from "../documents/extraction-types";
import { readPlainText } from "../documents/plain-text";

const USAGE =
  "Usage : npm run --silent annotate -- [--json] [--scopes clé1,clé2] [--cadre TEXTE] [--use-case CLÉ] FICHIER";
const BINARY = new Set([".pdf", ".docx", ".odt"]);
// Scans take seconds a page: OCR gets more time than the text layer needs.
const TIMEOUT_MS = 120_000;

class CliError extends Error {
  constructor(
    message: string,
    readonly json?: object,
  ) {
    super(message);
  }
}

interface Options {
  readonly json: boolean;
  readonly scopes: string[];
  readonly legalFrameworkText?: string;
  readonly useCase?: string;
  readonly file: string;
}

function parseArgs(args: readonly string[]): Options {
  let json = false;
  let scopes: string[] = [];
  let legalFrameworkText: string | undefined;
  let useCase: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new CliError(`Option ${name} : valeur manquante. ${USAGE}`);
      return v;
    };
    if (name === "--json") json = true;
    else if (name === "--scopes")
      scopes = value()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (name === "--cadre" || name === "--legal") legalFrameworkText = value();
    else if (name === "--use-case") useCase = value();
    else if (name.startsWith("--")) throw new CliError(`Option inconnue : ${name}. ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1)
    throw new CliError(files.length === 0 ? `Fichier manquant. ${USAGE}` : `Un seul fichier à la fois. ${USAGE}`);
  return { json, scopes, legalFrameworkText, useCase, file: files[0] ?? "" };
}

interface ExtractModule {
  extractDocument(
    bytes: Uint8Array,
    options: { allowOcr: boolean; ocr?: unknown; rasterise?: unknown; timeoutMs?: number },
  ): Promise<ExtractionResult>;
}
interface OcrEngineLike {
  recognise(image: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
}

// Loaded only for binary files, so a .txt is read even where the extractors are not installed.
async function extractBinary(bytes: Uint8Array, file: string): Promise<ExtractionResult> {
  let extract: ExtractModule;
  let createNodeOcr: () => Promise<OcrEngineLike>;
  try {
    extract = (await import("../documents/extract" as string)) as ExtractModule;
    ({ createNodeOcr } = (await import("../documents/ocr-node" as string)) as {
      createNodeOcr: () => Promise<OcrEngineLike>;
    });
  } catch {
    const message = "L'extraction des fichiers PDF, DOCX et ODT n'est pas disponible dans cette installation.";
    throw new CliError(message, { file, error: { code: "extraction_unavailable", message } });
  }
  const rasterise = await import("../documents/rasterise-node" as string).then(
    (m) => m.rasterisePdfPage,
    () => undefined,
  );
  // The OCR engine starts only if a page needs it (a text-layer PDF never pays for it).
  let engine: Promise<OcrEngineLike> | undefined;
  const ocr = {
    recognise: async (image: Uint8Array) => (await (engine ??= createNodeOcr())).recognise(image),
    close: async () => (engine ? (await engine).close() : undefined),
  };
  try {
    return await extract.extractDocument(bytes, { allowOcr: true, ocr, rasterise, timeoutMs: TIMEOUT_MS });
  } finally {
    await ocr.close().catch(() => undefined);
  }
}

async function run(args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  const extension = extname(options.file).toLowerCase();
  if (extension !== ".txt" && !BINARY.has(extension)) {
    throw new CliError(
      `Format non pris en charge : « ${extension || "sans extension"} » (attendu : .pdf, .txt, .docx, .odt).`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(options.file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT"
        ? `Fichier introuvable : ${options.file}`
        : `Fichier illisible : ${options.file} (${code ?? "erreur"})`,
    );
  }
  const extraction = extension === ".txt" ? readPlainText(bytes) : await extractBinary(bytes, options.file);
  const annotation = annotate(
    {
      text: extraction.text,
      pageOffsets: extraction.pageOffsets,
      method: extraction.method,
      confidence: extraction.confidence,
    },
    { scopes: options.scopes, useCase: options.useCase, legalFrameworkText: options.legalFrameworkText },
  );
  const info = {
    status: extraction.status,
    method: extraction.method,
    confidence: extraction.confidence,
    pages: extraction.pageOffsets.length,
    characters: extraction.text.length,
    error: extraction.error,
  };
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ file: options.file, extraction: info, ...annotation })}\n`
      : `${formatReport(options.file, annotation)}\n`,
  );
  if (extraction.status === "done") return 0;
  process.stderr.write(`${extraction.error ?? "Le document n'a pas pu être lu."}\n`);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError && error.json) process.stdout.write(`${JSON.stringify(error.json)}\n`);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message.split("\n")[0]}\n`);
    process.exitCode = 2;
  },
);
