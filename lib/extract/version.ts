// Bump when a change to lib/ingest or lib/extract changes what is extracted: documents stored
// under an older version are re-extracted at the next start or re-ingest (editor work is kept).
export const EXTRACTOR_VERSION = "2026.11.22-1";
