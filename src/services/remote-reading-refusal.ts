/**
 * Reading scans for a runtime that cannot (a Worker on D1): an outside Node reader, with an
 * admin token, lists the documents left waiting for OCR (list-documents-awaiting-ocr.ts),
 * fetches their bytes (get-document-bytes-for-reading.ts), reads them and sends back what it
 * read (store-remote-reading.ts); the request is then judged again as if it had been read here.
 * This file holds the refusal the three share.
 */

export const REMOTE_READING_REFUSAL = "La lecture à distance demande un jeton d'administrateur.";
