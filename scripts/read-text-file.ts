import { readFile } from "node:fs/promises";
import { DocumentDecodeError, decodeDocument } from "@/lib/ingest/decode";

/** A report file's decoded text, for the command-line scripts; a decode failure names the file. */
export async function readTextFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  try {
    return decodeDocument(bytes).text;
  } catch (error) {
    if (error instanceof DocumentDecodeError) throw new Error(`cannot read ${file}: ${error.message}`);
    throw error;
  }
}
