import mammoth from "mammoth";
import { decodeDocument, DocumentDecodeError, type DecodedDocument } from "@/lib/ingest/decode";
import { MAX_UPLOAD_BYTES, uploadFormatOf, type UploadFormat } from "@/lib/uploads/formats";

// Turns an uploaded file into the text that ingestion stores. The format is decided by the file
// name's extension and must agree with the file's first bytes, so a PNG renamed .txt or an
// executable renamed .pdf is refused for what it is rather than read as noise.

export type UploadReadErrorCode =
  | "unsupported_type"
  | "type_mismatch"
  | "empty"
  | "too_large"
  | "binary"
  | "undecodable"
  | "corrupt"
  | "no_text";

export class UploadReadError extends Error {
  readonly code: UploadReadErrorCode;

  constructor(code: UploadReadErrorCode, message: string) {
    super(message);
    this.name = "UploadReadError";
    this.code = code;
  }
}

/** txt: the text encoding found; docx and pdf: the format, since the text came out of a container. */
export type ReadUpload = { text: string; format: UploadFormat; encoding: string };

const MAGIC: Array<{ name: string; bytes: number[] }> = [
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive (or a Word .docx)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an empty ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a Windows program", bytes: [0x4d, 0x5a] },
  { name: "a Linux program", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "an old Word/Excel document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function sniff(bytes: Uint8Array): string | null {
  return MAGIC.find((magic) => startsWith(bytes, magic.bytes))?.name ?? null;
}

/**
 * Reads an uploaded report: plain text in UTF-8, GB18030/GBK or UTF-16 (via decodeDocument), a
 * Word .docx (one line per paragraph) or a PDF's text layer (one line per text line). Throws
 * UploadReadError with a code and a message in plain words; never returns empty text.
 */
export async function readUpload(bytes: Uint8Array, fileName: string, contentType = ""): Promise<ReadUpload> {
  const format = uploadFormatOf(fileName);
  if (!format) {
    const found = sniff(bytes);
    throw new UploadReadError(
      "unsupported_type",
      `只接受 .txt、.docx 和 .pdf 文件 · Only .txt, .docx and .pdf files are accepted; "${fileName}" is not one${found ? ` (it is ${found})` : ""}${contentType ? `, type ${contentType}` : ""}.`,
    );
  }
  if (bytes.length === 0) throw new UploadReadError("empty", "文件是空的 · The file is empty (0 bytes).");
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new UploadReadError("too_large", `文件超过 20 MB · The file is ${formatMegabytes(bytes.length)}, more than the 20 MB limit.`);
  }
  if (format === "txt") return { ...readText(bytes), format };
  const text = format === "docx" ? await readDocx(bytes) : await readPdf(bytes);
  if (text.trim().length === 0) {
    throw new UploadReadError("no_text", `文件中没有文字 · The .${format} file holds no text to read.`);
  }
  return { text, format, encoding: format };
}

function formatMegabytes(byteCount: number): string {
  return `${(byteCount / 1024 / 1024).toFixed(2)} MB`;
}

function mismatch(expected: string, bytes: Uint8Array): UploadReadError {
  const found = sniff(bytes);
  return new UploadReadError(
    "type_mismatch",
    `文件内容与扩展名不符 · The file is named ${expected} but its content is ${found ?? "something else"}.`,
  );
}

function readText(bytes: Uint8Array): DecodedDocument {
  // Text has no magic number, so a recognised binary signature is what rules a .txt out. UTF-16
  // text starts with a byte-order mark, which no signature in the list begins with.
  if (sniff(bytes)) throw mismatch(".txt", bytes);
  try {
    return decodeDocument(bytes);
  } catch (error) {
    if (!(error instanceof DocumentDecodeError)) throw error;
    const messages = {
      empty: "文件中没有文字 · The file holds only whitespace: there is no text to read.",
      binary: "这是二进制文件，不是文本 · The file is binary data, not a text document (UTF-16 text must start with a byte-order mark).",
      undecodable: "无法识别文字编码 · The text is neither UTF-8, GB18030/GBK, nor UTF-16 with a byte-order mark.",
    } as const;
    throw new UploadReadError(error.code, messages[error.code]);
  }
}

async function readDocx(bytes: Uint8Array): Promise<string> {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw mismatch(".docx", bytes);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new UploadReadError("corrupt", "无法读取 Word 文件 · The .docx is damaged or is a ZIP archive without a Word document inside.");
  }
  // mammoth ends every paragraph with a blank line; a report's text has one paragraph per line.
  return raw.replace(/\n\n$/, "").split("\n\n").join("\n");
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw mismatch(".pdf", bytes);
  // The legacy build runs on Node without a DOM; it is loaded on first use only, being large.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const pdf = await task.promise.catch(() => {
      throw new UploadReadError("corrupt", "无法读取 PDF 文件 · The PDF is damaged and cannot be opened.");
    });
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent({ disableNormalization: true });
      let text = "";
      for (const item of content.items) {
        if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text.replace(/\n$/, ""));
    }
    const text = pages.join("\n");
    // A scanned report is pictures of pages: nothing to read without OCR.
    if (text.trim().length === 0) {
      throw new UploadReadError("no_text", "PDF 没有文字层 · The PDF has no text layer (scanned pages only): run OCR on it first.");
    }
    return text;
  } finally {
    await task.destroy();
  }
}
