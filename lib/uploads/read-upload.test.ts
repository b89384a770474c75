import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readUpload, UploadReadError } from "@/lib/uploads/read-upload";
import { buildDocx, buildImageOnlyPdf, buildTextPdf, buildZipWithoutDocument } from "@/tests/upload-fixtures";

const TEXT = "重庆市人民政府工作报告\n2020年主要预期目标是：地区生产总值增长6%左右。\n城镇新增就业60万人以上，ABC 123。";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof UploadReadError)) throw new Error(`expected an UploadReadError, got ${String(error)}`);
  return error.code;
}

describe("readUpload", () => {
  it("reads text in every supported encoding", async () => {
    for (const [bytes, encoding] of [
      [Buffer.from(TEXT, "utf8"), "utf-8"],
      [iconv.encode(TEXT, "gb18030"), "gb18030"],
      [iconv.encode(TEXT, "utf-16le", { addBOM: true }), "utf-16le"],
      [iconv.encode(TEXT, "utf-16be", { addBOM: true }), "utf-16be"],
    ] as const) {
      expect(await readUpload(bytes, "r.TXT")).toEqual({ text: TEXT, format: "txt", encoding });
    }
  });

  it("reads a .docx one paragraph per line and a PDF one text line per line", async () => {
    expect(await readUpload(await buildDocx(TEXT), "r.docx")).toEqual({ text: TEXT, format: "docx", encoding: "docx" });
    expect(await readUpload(buildTextPdf(TEXT), "r.pdf")).toEqual({ text: TEXT, format: "pdf", encoding: "pdf" });
  });

  it("names what is wrong with a file", async () => {
    expect(await codeOf(readUpload(Buffer.from(TEXT), "r.rtf"))).toBe("unsupported_type");
    expect(await codeOf(readUpload(buildTextPdf(TEXT), "r.txt"))).toBe("type_mismatch");
    expect(await codeOf(readUpload(await buildDocx(TEXT), "r.pdf"))).toBe("type_mismatch");
    expect(await codeOf(readUpload(new Uint8Array(), "r.txt"))).toBe("empty");
    expect(await codeOf(readUpload(await buildZipWithoutDocument(), "r.docx"))).toBe("corrupt");
    expect(await codeOf(readUpload(buildImageOnlyPdf(), "r.pdf"))).toBe("no_text");
    expect(await codeOf(readUpload(await buildDocx(""), "r.docx"))).toBe("no_text");
  });
});
