import { describe, expect, it } from "vitest";
import { areaLabel, isLocale } from "./locales";

describe("areaLabel", () => {
  it("names a policy area in the reader's language and leaves an unknown code as it is", () => {
    expect(areaLabel("innovation", "zh-CN")).toBe("科技创新");
    expect(areaLabel("innovation", "en")).toBe("Science and innovation");
    expect(areaLabel("nowhere", "en")).toBe("nowhere");
  });
});

describe("isLocale", () => {
  it("accepts only the app's languages", () => {
    expect(["zh-CN", "en", "fr", "", null].map(isLocale)).toEqual([true, true, false, false, false]);
  });
});
