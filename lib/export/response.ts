import { PassThrough, Readable } from "node:stream";
import { writeScorecardCsv } from "@/lib/export/csv";
import { exportMessages } from "@/lib/export/columns";
import { areaLabel } from "@/lib/i18n/locales";
import type { ExportFormat, ExportMeta, ExportRow, ExportWriter } from "@/lib/export/export-row";
import { writeScorecardXlsx } from "@/lib/export/xlsx";

// The HTTP side of an export: a streamed body, a download file name that survives every browser,
// and the stamp repeated in headers so a client can read it without opening the file.

const FORMATS: Record<ExportFormat, { contentType: string; write: ExportWriter }> = {
  csv: { contentType: "text/csv; charset=utf-8", write: writeScorecardCsv },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write: writeScorecardXlsx },
};

/** RFC 5987 percent-encoding: encodeURIComponent leaves ' ( ) * alone, which the header grammar does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "yardstick-scorecard-2021-innovation.csv" for old clients, the Chinese title for the rest. */
export function exportFileNames(meta: ExportMeta, format: ExportFormat): { ascii: string; unicode: string } {
  const area = meta.filters.area;
  const title = exportMessages(meta.locale).fileTitle.replace("{year}", String(meta.year));
  return {
    ascii: `yardstick-scorecard-${meta.year}${area ? `-${area}` : ""}.${format}`,
    unicode: `Yardstick ${title}${area ? ` ${areaLabel(area, meta.locale)}` : ""}.${format}`,
  };
}

export function contentDisposition(names: { ascii: string; unicode: string }): string {
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeRfc5987(names.unicode)}`;
}

/** A response whose body is written while it is sent; a writer failure aborts the download. */
export function exportResponse(format: ExportFormat, rows: AsyncIterable<ExportRow>, meta: ExportMeta): Response {
  const body = new PassThrough();
  FORMATS[format].write(rows, meta, body).catch((error: unknown) => {
    console.error("export failed", error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": FORMATS[format].contentType,
      "Content-Disposition": contentDisposition(exportFileNames(meta, format)),
      "Cache-Control": "private, no-store",
      "X-Methodology-Version": meta.methodologyVersion,
      "X-Data-Snapshot": meta.snapshotAt.toISOString(),
    },
  });
}
