import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { DocumentDecodeError, decodeDocument } from "./decode";

const SENTENCE = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业60万人以上。";

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer);
}

function decodeError(bytes: Uint8Array): DocumentDecodeError {
  try {
    decodeDocument(bytes);
  } catch (error) {
    if (error instanceof DocumentDecodeError) return error;
    throw error;
  }
  throw new Error("expected a DocumentDecodeError");
}

describe("decodeDocument", () => {
  it("reads UTF-8 without a byte-order mark", () => {
    expect(decodeDocument(bytesOf(Buffer.from(SENTENCE, "utf8")))).toEqual({ text: SENTENCE, encoding: "utf-8" });
  });

  it("strips a UTF-8 byte-order mark from the text", () => {
    const bytes = bytesOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, "utf8")]));
    expect(decodeDocument(bytes)).toEqual({ text: SENTENCE, encoding: "utf-8" });
  });

  it("detects GBK and GB18030 text", () => {
    const long = SENTENCE.repeat(4);
    expect(decodeDocument(bytesOf(iconv.encode(long, "gbk")))).toEqual({ text: long, encoding: "gb18030" });
    expect(decodeDocument(bytesOf(iconv.encode(long, "gb18030")))).toEqual({ text: long, encoding: "gb18030" });
  });

  it("reads UTF-16 in both byte orders when a byte-order mark is present", () => {
    expect(decodeDocument(bytesOf(iconv.encode(SENTENCE, "utf16le", { addBOM: true })))).toEqual({ text: SENTENCE, encoding: "utf-16le" });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SENTENCE, "utf16be")]);
    expect(decodeDocument(bytesOf(be))).toEqual({ text: SENTENCE, encoding: "utf-16be" });
  });

  it("rejects an empty or blank file", () => {
    expect(decodeError(new Uint8Array()).code).toBe("empty");
    expect(decodeError(bytesOf(Buffer.from(" \n\t", "utf8"))).code).toBe("empty");
    expect(decodeError(new Uint8Array()).message).toMatch(/empty/);
  });

  it("rejects binary input: NUL bytes without a UTF-16 mark, or mostly control characters", () => {
    expect(decodeError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])).code).toBe("binary");
    expect(decodeError(bytesOf(Buffer.from("\u0001\u0002\u0003\u0004ab", "utf8"))).code).toBe("binary");
    expect(decodeError(bytesOf(iconv.encode(SENTENCE, "utf16le"))).message).toMatch(/binary/);
  });

  it("rejects bytes that are no supported encoding", () => {
    const error = decodeError(new Uint8Array([0x80, 0xff, 0xc0, 0x41, 0xff, 0xff, 0x80, 0x42]));
    expect(error.code).toBe("undecodable");
    expect(error.message).toMatch(/neither UTF-8/);
  });

  it("rejects a UTF-8 byte-order mark followed by invalid UTF-8", () => {
    expect(decodeError(new Uint8Array([0xef, 0xbb, 0xbf, 0xc0, 0xaf])).code).toBe("undecodable");
  });
});
