import { createHash } from "node:crypto";

// The two identities of a document: its bytes (the same file uploaded twice) and its decoded text
// (the same report saved in another encoding or format). Hex SHA-256 both.

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The hash of a decoded text, whatever bytes it came from; migration document_text_hash computes the same in SQL. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
