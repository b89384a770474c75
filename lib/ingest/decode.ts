import chardet from "chardet";
import iconv from "iconv-lite";

export type DocumentEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export type DecodedDocument = { text: string; encoding: DocumentEncoding };

export type DocumentDecodeErrorCode = "empty" | "binary" | "undecodable";

export class DocumentDecodeError extends Error {
  readonly code: DocumentDecodeErrorCode;

  constructor(code: DocumentDecodeErrorCode, message: string) {
    super(message);
    this.name = "DocumentDecodeError";
    this.code = code;
  }
}

// chardet names every GB-family guess differently; GB18030 is a superset of GBK and GB2312,
// so decoding all of them as GB18030 never loses characters.
const GB_FAMILY = new Set(["GB18030", "GBK", "GB2312", "GB-2312", "EUC-CN", "HZ-GB-2312"]);

// Share of control characters above which text is treated as binary rather than prose.
const MAX_CONTROL_SHARE = 0.1;

/** Decodes a report file: UTF-8 (with or without BOM), GB18030/GBK, or UTF-16 with a BOM. */
export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  if (bytes.length === 0) throw new DocumentDecodeError("empty", "The file is empty: there is no text to read.");

  const bom = detectBom(bytes);
  if (bom) return checked({ text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding });

  if (bytes.includes(0)) {
    throw new DocumentDecodeError("binary", "The file contains NUL bytes, so it is a binary file, not a text document.");
  }

  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: "utf-8" });

  const guess = chardet.detect(bytes);
  if (guess && GB_FAMILY.has(guess.toUpperCase())) {
    return checked({ text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gb18030" });
  }
  // chardet may name a Big5 or Shift-JIS lookalike for short GB texts; accept the GB18030 reading
  // only if it produces mostly CJK text without replacement characters.
  const gb = iconv.decode(Buffer.from(bytes), "gb18030");
  if (looksLikeChineseText(gb)) return checked({ text: gb, encoding: "gb18030" });

  throw new DocumentDecodeError(
    "undecodable",
    `The file is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030/GBK text (detector guessed ${guess ?? "nothing"}).`,
  );
}

function detectBom(bytes: Uint8Array): { encoding: DocumentEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: DocumentEncoding): string {
  if (encoding === "utf-8") {
    const text = decodeUtf8Strict(bytes);
    if (text === null) throw new DocumentDecodeError("undecodable", "The file starts with a UTF-8 byte-order mark but is not valid UTF-8.");
    return text;
  }
  if (bytes.length % 2 !== 0) {
    throw new DocumentDecodeError("undecodable", "The file starts with a UTF-16 byte-order mark but has an odd number of bytes.");
  }
  return new TextDecoder(encoding).decode(bytes);
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksLikeChineseText(text: string): boolean {
  if (text.includes("\uFFFD")) return false;
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk / Math.max(1, text.replace(/\s/g, "").length) > 0.3;
}

function checked(doc: DecodedDocument): DecodedDocument {
  if (doc.text.trim().length === 0) throw new DocumentDecodeError("empty", "The file holds only whitespace: there is no text to read.");
  // A NUL inside decoded UTF-16 text, or a text made mostly of control characters, is a binary file
  // that happens to decode; extracting from it would only produce noise.
  const controls = doc.text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls / doc.text.length > MAX_CONTROL_SHARE || doc.text.includes("\u0000")) {
    throw new DocumentDecodeError("binary", "The file is mostly control characters, so it is a binary file, not a text document.");
  }
  return doc;
}
