import { describe, expect, it } from "vitest";
import { createPassageReader, paragraphAround, paragraphRanges, segmentPassage, sentenceAround, type Mark } from "./passages";

const mark = (text: string, quote: string, kind: Mark["kind"] = "target", id = 1): Mark => {
  const start = text.indexOf(quote);
  return { kind, id, targetId: kind === "target" ? id : null, start, end: start + quote.length };
};

/** A paragraph as long as a real report's, so the text does not look hand-wrapped. */
const LONG = "全市地区生产总值增长8.3%，城镇新增就业75.1万人，居民人均可支配收入增长9.7%，主要指标好于预期。";

const displayed = (segments: Array<{ text: string }>) => segments.map((segment) => segment.text).join("");

describe("paragraphRanges", () => {
  it("treats every line of a report with long lines as a paragraph", () => {
    const lines = ["一、回顾", LONG, LONG, "二、目标", LONG];
    const text = `${lines.slice(0, 2).join("\n")}\n\n${lines.slice(2).join("\n")}\n`;
    expect(paragraphRanges(text).map((range) => text.slice(range.start, range.end))).toEqual(lines);
  });

  it("joins the hand-wrapped lines of a newspaper print and splits at blank lines", () => {
    const lines = ["支持在渝高校建设高水平大学，加快重", "庆中医药学院建设，力争1—2所高校入", "选新一轮“双一流”建设名单，与时俱进", "推动高校重点学科和实验室建设。"];
    const text = `${lines.join("\n")}\n\n深化科技体制改革。制定鼓励创\n新系列政策，建立基础研究人才长期稳\n定支持机制。`;
    const ranges = paragraphRanges(text);
    expect(ranges).toHaveLength(2);
    expect(text.slice(ranges[0].start, ranges[0].end)).toBe(lines.join("\n"));
  });
});

describe("segmentPassage", () => {
  it("marks exactly text.slice(start, end) and drops hand wraps from the display", () => {
    const text = "力争高新技术企业突破4500家、科\n技型企业突破3万家。";
    const target = mark(text, "科\n技型企业突破3万家");
    const passage = segmentPassage(text, { start: 0, end: text.length }, [target]);
    const marked = passage.segments.find((segment) => segment.mark);
    expect(marked?.text).toBe(text.slice(target.start, target.end).replace(/\n/g, ""));
    expect(displayed(passage.segments)).toBe(text.replace(/\n/g, ""));
  });

  it("shows the target where an implied target overlaps the result it was read from", () => {
    const text = "全市地区生产总值增长8.3%、高于预期目标2.3个百分点。";
    const implied = mark(text, "增长8.3%、高于预期目标2.3个百分点", "target", 7);
    const outcome = mark(text, "增长8.3%", "outcome", 9);
    const { segments } = segmentPassage(text, { start: 0, end: text.length }, [outcome, implied]);
    expect(segments.map((segment) => segment.mark?.kind ?? null)).toEqual([null, "target", null]);
    expect(displayed(segments)).toBe(text);
  });

  it("leaves text without marks whole", () => {
    expect(segmentPassage("没有目标。", { start: 0, end: 5 }, []).segments).toEqual([{ text: "没有目标。", mark: null }]);
  });
});

describe("sentences", () => {
  it("cuts the sentence around an item at sentence ends", () => {
    const text = "第一句。城镇新增就业75.1万人，超年初预期目标15.1万人；第三句。";
    const item = mark(text, "超年初预期目标15.1万人");
    const range = sentenceAround(text, { start: 0, end: text.length }, item);
    expect(text.slice(range.start, range.end)).toBe("城镇新增就业75.1万人，超年初预期目标15.1万人；");
    expect(range.cutBefore).toBe(false);
  });

  it("shortens a very long sentence and says so", () => {
    const text = `${"很".repeat(300)}目标${"长".repeat(300)}。`;
    const range = sentenceAround(text, { start: 0, end: text.length }, mark(text, "目标"));
    expect(range.cutBefore && range.cutAfter).toBe(true);
    expect(range.end - range.start).toBeLessThan(200);
  });

  it("reads paragraphs and sentences of one document", () => {
    const paragraph = `${LONG}居民收入增长9.7%。`;
    const text = `一、回顾\n${paragraph}\n二、目标\n${LONG}`;
    const reader = createPassageReader(text);
    const item = mark(text, "居民收入增长9.7%", "outcome");
    expect(displayed(reader.paragraphOf(item).segments)).toBe(paragraph);
    expect(displayed(reader.sentenceOf(item).segments)).toBe("居民收入增长9.7%。");
  });

  it("widens the paragraph when an item crosses a paragraph boundary", () => {
    const paragraphs = [{ start: 0, end: 5 }, { start: 6, end: 10 }];
    expect(paragraphAround(paragraphs, { start: 3, end: 8 })).toEqual({ start: 0, end: 10 });
  });
});
