import { describe, expect, it } from "vitest";
import { toStoredOffset } from "./offsets";

describe("toStoredOffset", () => {
  const text = "标题\n新建5G基站\n2.1万个，建成\n项目。";
  const paragraphStart = 3;
  const shown = text.slice(paragraphStart).replace(/\n/g, "");

  it("maps a shown selection back to the stored text, hand wraps included", () => {
    const from = shown.indexOf("5G");
    const to = shown.indexOf("，");
    const start = toStoredOffset(text, paragraphStart, from, "start");
    const end = toStoredOffset(text, paragraphStart, to, "end");
    expect(text.slice(start, end)).toBe("5G基站\n2.1万个");
    expect(text.slice(start, end).replace(/\n/g, "")).toBe(shown.slice(from, to));
  });

  it("starts after a line break it lands on and ends before one", () => {
    const wrap = shown.indexOf("2.1");
    expect(text[toStoredOffset(text, paragraphStart, wrap, "start")]).toBe("2");
    expect(text.slice(toStoredOffset(text, paragraphStart, wrap, "end") - 1)[0]).toBe("站");
  });
});
