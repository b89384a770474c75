import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import type { ExportMeta, ExportRow, ExportWriter } from "@/lib/export/export-row";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { VERDICTS } from "@/lib/verdict/methodology";

// Made-up rows shaped like the seed corpus' (Chinese indicators, quotes of report length), for the
// writers' tests and for bench/exports, which needs far more rows than any real year has.

export function syntheticRow(index: number, overrides: Partial<ExportRow> = {}): ExportRow {
  const area = POLICY_AREAS[index % POLICY_AREAS.length];
  return {
    targetId: index + 1,
    year: 2021,
    areaCode: area.code,
    indicator: `新建5G基站${index}`,
    headline: index % 10 === 0,
    implied: false,
    conflict: false,
    measure: "new",
    operator: "gte",
    value: 21000 + index,
    unit: "个",
    raw: `新建5G基站2.1万个以上`,
    verdict: VERDICTS[index % VERDICTS.length],
    why: "结果是年末累计数，与当年新增目标口径不同，需要人工判断。",
    quote: `加快新型基础设施建设，新建5G基站2.1万个以上，推动${area.nameZh}领域数字化转型，第${index}项。`,
    document: "001_2fd9c68ee52552db.txt",
    start: 1000 + index,
    end: 1020 + index,
    results: [
      {
        value: 73000 + index,
        unit: "个",
        raw: "建成5G基站7.3万个",
        preliminary: index % 7 === 0,
        quote: `累计建成5G基站7.3万个，实现主城区和县城全覆盖，第${index}项。`,
        document: "000_86eff455de69cc08.txt",
        start: 5000 + index,
        end: 5012 + index,
      },
    ],
    ...overrides,
  };
}

export async function* syntheticRows(count: number): AsyncGenerator<ExportRow> {
  for (let index = 0; index < count; index += 1) yield syntheticRow(index);
}

export async function* rowsOf(rows: readonly ExportRow[]): AsyncGenerator<ExportRow> {
  yield* rows;
}
/** A writer's whole output in memory: for tests, which read small files back. */
export async function writeToBuffer(write: ExportWriter, rows: AsyncIterable<ExportRow>, meta: ExportMeta): Promise<Buffer> {
  const output = new PassThrough();
  const [bytes] = await Promise.all([buffer(output), write(rows, meta, output)]);
  return bytes;
}
