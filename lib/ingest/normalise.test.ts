import { describe, expect, it } from "vitest";
import { mapToOriginal, normaliseText } from "./normalise";

function roundTrip(original: string, needle: string): string {
  const normalised = normaliseText(original);
  const at = normalised.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = mapToOriginal(normalised, at, at + needle.length);
  return original.slice(span.start, span.end);
}

const WRAPPED = Array.from({ length: 30 }, (_, i) => `第${i}行的报纸正文内容在这里换行`).join("\n");

describe("normaliseText", () => {
  it("maps full-width digits and percent signs to ASCII but keeps the original under the offsets", () => {
    const original = "地区生产总值增长５.５％左右";
    expect(normaliseText(original).text).toBe("地区生产总值增长5.5%左右");
    expect(roundTrip(original, "增长5.5%左右")).toBe("增长５.５％左右");
  });

  it("turns ASCII clause punctuation into Chinese punctuation, except inside numbers", () => {
    expect(normaliseText("全年增长6.3%,达到1,234亿元;(一)").text).toBe("全年增长6.3%，达到1,234亿元；（一）");
  });

  it("drops spaces between Chinese text and numbers but keeps them between Latin words", () => {
    expect(normaliseText("抓好 186 公里续建项目，2023 年").text).toBe("抓好186公里续建项目，2023年");
    expect(normaliseText("Published on February").text).toBe("Published on February");
  });

  it("removes print continuation notes", () => {
    expect(normaliseText("（上接2版）联动全域创新").text).toBe("联动全域创新");
    expect(normaliseText("全面覆盖。\n\n（下转15版）").text).toBe("全面覆盖。");
    expect(normaliseText("（二）推动发展").text).toBe("（二）推动发展");
  });

  it("rejoins a hard-wrapped newspaper print, including a page break inside a word", () => {
    const original = `${WRAPPED}\n完成1100公\n\n里水土流失治理。\n下一段开始`;
    const normalised = normaliseText(original);
    expect(normalised.text).toContain("完成1100公里水土流失治理。\n下一段开始");
    expect(roundTrip(original, "1100公里")).toBe("1100公\n\n里");
  });

  it("rejoins a long line cut by a page break but not headings or short title lines", () => {
    const long = "——这一年，我们锚定目标不松劲、不懈怠、不停步，全力推动经济回升向好。年初用较短时";
    expect(normaliseText(`${long}\n\n间实现疫情防控平稳转段。`).text).toBe(`${long}间实现疫情防控平稳转段。`);
    expect(normaliseText("重庆市人民政府工作报告\n——2024年1月21日").text).toBe("重庆市人民政府工作报告\n——2024年1月21日");
    expect(normaliseText(`${long}\n一、2023年工作回顾`).text).toBe(`${long}\n一、2023年工作回顾`);
  });

  it("maps every normalised character to an original index", () => {
    const original = "（上接2版）　ａ１ \r\n增长８％。";
    const normalised = normaliseText(original);
    expect(normalised.offsets).toHaveLength(normalised.text.length + 1);
    for (let i = 0; i < normalised.text.length; i++) expect(normalised.offsets[i]).toBeLessThan(original.length);
  });
});
