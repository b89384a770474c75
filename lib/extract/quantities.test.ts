import { describe, expect, it } from "vitest";
import { findQuantities } from "./quantities";

function read(text: string) {
  return findQuantities(text).map(({ value, unit, excluded, after }) => ({ value, unit, excluded, after }));
}

describe("findQuantities", () => {
  it("folds 万 and 亿 into the value and keeps money in 亿元", () => {
    expect(read("新建“四好农村路”1.4万公里")).toEqual([{ value: 14000, unit: "公里", excluded: null, after: null }]);
    expect(read("达到2.36万亿元")).toEqual([{ value: 23600, unit: "亿元", excluded: null, after: null }]);
    expect(read("实际利用外资超过100亿美元")[0]).toMatchObject({ value: 100, unit: "亿美元" });
    expect(read("计算机年产量首次突破1亿台")[0]).toMatchObject({ value: 100000000, unit: "台" });
  });

  it("reads qualifiers written after or inside the quantity, and the lower bound of a range", () => {
    expect(read("增长6%左右")[0]).toMatchObject({ value: 6, unit: "%", after: "左右" });
    expect(read("外商投资主体增至6000余户")[0]).toMatchObject({ value: 6000, unit: "户", after: "余" });
    expect(read("力争1—2所高校入选")[0]).toMatchObject({ value: 1, unit: "所", excluded: null });
  });

  it("recognises names, ordinals, codes, years and attributes as no quantities", () => {
    expect(read("办好第四届中新金融峰会")).toEqual([]);
    expect(read("第6代柔性面板")[0].excluded).toBe("ordinal");
    expect(read("新建5G基站")[0].excluded).toBe("name");
    expect(read("12英寸功率半导体")[0].excluded).toBe("attribute");
    expect(read("江北机场T3B航站楼")[0].excluded).toBe("code");
    expect(read("立足“850+”，谋划“1000+”").map((q) => q.excluded)).toEqual(["name", "name"]);
    expect(read("构建“8611”一体化场景建设体系")[0].excluded).toBe("quoted");
    expect(read("成功举办2021智博会")[0].excluded).toBe("year");
    expect(read("到2025年")[0].excluded).toBe("time");
    expect(read("落户世界500强企业")[0].excluded).toBe("name");
    expect(read("签约100亿级项目")[0].excluded).toBe("name");
  });

  it("keeps counts written as a quoted label and a bandwidth in G", () => {
    expect(read("中心城区建成“4桥2隧”").map((q) => [q.value, q.unit, q.excluded])).toEqual([[4, "座", null], [2, "座", null]]);
    expect(read("带宽达到590G、")[0]).toMatchObject({ value: 590, unit: "G", excluded: null });
  });

  it("treats a count that only names the set the next number is about as a descriptor", () => {
    expect(read("15个高新区引进重大科技产业项目474个").map((q) => q.excluded)).toEqual(["descriptor", null]);
    expect(read("完成1100平方公里水土流失和10个重点区县岩溶石漠化治理").map((q) => q.excluded)).toEqual([null, null]);
    expect(read("3400万重庆人民更加满怀信心")[0].excluded).toBe("descriptor");
    expect(read("11.44万贫困人口脱贫")[0]).toMatchObject({ value: 114400, excluded: null });
  });

  it("reads a count in Chinese numerals right after a verb that states an amount", () => {
    expect(read("召开两次川渝党政联席会议")).toEqual([{ value: 2, unit: "次", excluded: null, after: null }]);
    expect(read("新建十二个示范点，建成二十座桥")).toEqual([
      { value: 12, unit: "个", excluded: null, after: null },
      { value: 20, unit: "座", excluded: null, after: null },
    ]);
  });

  it("leaves Chinese numerals that name, order or describe as words", () => {
    expect(read("增强“四个意识”，落实三个片区建设行动方案，重点抓好十个方面工作，一是建成一批项目，推进一体化发展")).toEqual([]);
    expect(read("开局“十四五”，召开市委五届十次全会，实施国企改革三年行动，建设“两江四岸”十大公共空间")).toEqual([]);
    expect(read("一般公共预算支出（含粮油物资储备四个科目之和）")).toEqual([]);
  });
});
