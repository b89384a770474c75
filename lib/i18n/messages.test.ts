import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]).sort();
}

describe("message catalogs", () => {
  it("zh-CN and en have the same keys", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("a message uses the same placeholders in both languages", () => {
    const lookup = (messages: object, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of keysOf(zh)) {
      expect(placeholdersOf(lookup(en, key)), key).toEqual(placeholdersOf(lookup(zh, key)));
    }
  });
});
