import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { revertChange } from "@/lib/corrections/revert";
import type { Db } from "@/lib/db";
import { reextractDocument } from "@/lib/ingest/ingest-document";
import { linkOutcome, unlinkOutcome } from "@/lib/links/mutations";
import { relinkJurisdiction } from "@/lib/links/relink";
import { createOutcomeFromSelection, replaceOutcomeWithFinal, updateOutcome } from "@/lib/outcomes/mutations";
import { findReviewQueue } from "@/lib/review/queue";
import { createTargetFromSelection, judgeTarget, markTargetNotReported, updateTarget } from "@/lib/targets/mutations";
import { seedDatabase } from "@/seed/seed-database";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

const seedDir = path.join(process.cwd(), "seed");
const context = { ip: "192.0.2.44" };

describe("editors' corrections", () => {
  let db: Db;
  const people = {} as Record<Role, Principal>;

  /** A 2021 target by its indicator (the corpus has one of each used here). */
  async function target(indicator: string) {
    return db.target.findFirstOrThrow({
      where: { year: 2021, indicator },
      include: { links: { orderBy: { outcomeId: "asc" } }, linkRejections: true },
    });
  }

  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
    await seedDatabase(db, { seedDir });
    const passwordHash = await hashPassword("corrections password");
    for (const role of ["viewer", "editor", "admin"] as const) {
      const row = await db.user.create({ data: { email: `${role}@example.org`, name: `The ${role}`, role, passwordHash } });
      people[role] = { id: row.id, email: row.email, name: row.name, role };
    }
  }, 300_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("edits a target: the field is locked, the verdict re-judged and the change audited with before, after and reason", async () => {
    const before = await target("高新技术企业");
    expect(before.verdict).toBe("met");
    const result = await updateTarget(db, people.editor, { targetId: before.id, version: before.version, reason: "  报告原文为6000家  ", changes: { value: "6000" } }, context);
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toMatchObject({ version: before.version + 1, state: { value: 6000, verdict: "missed" } });
    const after = await target("高新技术企业");
    expect(after).toMatchObject({ version: before.version + 1, lockedFields: ["value"], verdict: "missed", verdictOrigin: "machine" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Target", entityId: String(before.id) } });
    expect(event).toMatchObject({ actorId: people.editor.id, action: "target.update", reason: "报告原文为6000家", ip: context.ip });
    expect(event.before).toMatchObject({ value: 4500, verdict: "met" });
    expect(event.after).toMatchObject({ value: 6000, verdict: "missed" });
  });

  it("requires a reason of at most 2000 characters and refuses unknown fields", async () => {
    const row = await target("高新技术企业");
    const attempt = (input: object) => updateTarget(db, people.editor, { targetId: row.id, version: row.version, ...input }, context);
    expect(await attempt({ reason: "   ", changes: { value: 1 } })).toMatchObject({ ok: false, status: 400, fieldErrors: { reason: expect.any(Array) } });
    expect(await attempt({ reason: "x".repeat(2001), changes: { value: 1 } })).toMatchObject({ ok: false, status: 400 });
    expect(await attempt({ reason: "ok", changes: { verdict: "met" } })).toMatchObject({ ok: false, status: 400 });
    expect((await target("高新技术企业")).version).toBe(row.version);
  });

  it("of two concurrent edits from the same version exactly one wins; the other is refused with what changed and writes nothing", async () => {
    const row = await target("通车里程");
    const events = await db.auditEvent.count();
    const edit = (value: number) => updateTarget(db, people.editor, { targetId: row.id, version: row.version, reason: `set ${value}`, changes: { value } }, context);
    const results = await Promise.all([edit(410), edit(420)]);
    const won = results.filter((result) => result.ok);
    const lost = results.filter((result) => !result.ok);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([expect.objectContaining({ status: 409, fieldErrors: { value: [expect.stringMatching(/theirs: 4[12]0 · yours: 4[12]0/)] } })]);
    const stored = await target("通车里程");
    const winner = won[0].ok ? won[0].value.state.value : null;
    expect(stored).toMatchObject({ version: row.version + 1 });
    expect(stored.value?.toNumber()).toBe(winner);
    expect(await db.auditEvent.count()).toBe(events + 1);
    // And a plainly stale edit later on is refused the same way.
    expect(await edit(430)).toMatchObject({ ok: false, status: 409 });
  });

  it("judges a qualitative target: the editor's verdict stands", async () => {
    const row = await target("能耗“双控”进度");
    expect(row.operator).toBe("qualitative");
    const result = await judgeTarget(db, people.editor, { targetId: row.id, version: row.version, verdict: "met", reason: "完成国家下达的能耗双控目标" }, context);
    expect(result).toMatchObject({ ok: true, value: { state: { verdict: "met", verdictOrigin: "editor", verdictWhy: "完成国家下达的能耗双控目标" } } });
  });

  it("marks a target not reported: its links are rejected and the verdict is the editor's", async () => {
    const row = await target("农村“三变”改革试点覆盖率");
    const linked = row.links.map((link) => link.outcomeId);
    expect(linked.length).toBeGreaterThan(0);
    const result = await markTargetNotReported(db, people.editor, { targetId: row.id, version: row.version, reason: "试点村数不是覆盖率" }, context);
    if (!result.ok) throw new Error(result.error);
    const after = await target("农村“三变”改革试点覆盖率");
    expect(after).toMatchObject({ verdict: "not_reported", verdictOrigin: "editor", links: [] });
    expect(after.linkRejections.map((rejection) => rejection.outcomeId).sort()).toEqual(linked.sort());
  });

  it("unlinks a wrong result (recording a rejection) and relinks a target to a suggested result", async () => {
    const trails = await target("山城步道");
    const stock = trails.links[0].outcomeId;
    const unlinked = await unlinkOutcome(db, people.editor, { targetId: trails.id, version: trails.version, outcomeId: stock, reason: "2278公里是累计里程" }, context);
    if (!unlinked.ok) throw new Error(unlinked.error);
    expect(unlinked.value.state).toMatchObject({ rejected: [stock] });
    expect(unlinked.value.state.links.map((link) => link.outcomeId)).not.toContain(stock);
    expect(await db.linkRejection.count({ where: { targetId: trails.id, outcomeId: stock, createdById: people.editor.id } })).toBe(1);

    const projects = await target("重大项目");
    expect(projects.verdict).toBe("not_reported");
    const queue = await findReviewQueue(db, { reason: "suggestion", limit: 500 });
    const suggested = queue.items.find((item) => item.targetId === projects.id)?.results.find((result) => !result.linked);
    expect(suggested).toBeDefined();
    const relinked = await linkOutcome(db, people.editor, { targetId: projects.id, version: projects.version, outcomeId: suggested!.outcomeId, replace: "true", reason: "同一批重大项目" }, context);
    if (!relinked.ok) throw new Error(relinked.error);
    expect(relinked.value.state.links).toEqual([{ outcomeId: suggested!.outcomeId, origin: "editor" }]);
    expect(relinked.value.state.verdict).not.toBe("not_reported");

    const otherYear = await db.outcome.findFirstOrThrow({ where: { year: 2023 } });
    const latest = await target("重大项目");
    expect(await linkOutcome(db, people.editor, { targetId: latest.id, version: latest.version, outcomeId: otherYear.id, reason: "wrong year" }, context)).toMatchObject({ ok: false, status: 400 });
  });

  it("suggests results only for unanswered targets, not for a qualitative one of the same year", async () => {
    // 2021 has unanswered targets, so its unlinked results are read for suggestions.
    const unanswered = await db.target.findFirstOrThrow({ where: { year: 2021, verdict: "not_reported", verdictOrigin: "machine", links: { none: {} } } });
    const place = { reportId: unanswered.reportId, jurisdictionId: unanswered.jurisdictionId, year: 2021, areaId: unanswered.areaId, start: unanswered.start, end: unanswered.end };
    const item = { ...place, indicator: "营商环境满意度", measure: "level" as const, unit: "", raw: "营商环境", quote: "营商环境", confidence: 1, origin: "editor" as const };
    // A qualitative target the machine judges needs_review, and an unlinked result named exactly like it.
    const qualitative = await db.target.create({ data: { ...item, operator: "qualitative", verdict: "needs_review", verdictWhy: "qualitative" } });
    const twin = await db.outcome.create({ data: item });
    try {
      const queue = await findReviewQueue(db, { limit: 1000 });
      expect(queue.items.find((entry) => entry.targetId === qualitative.id)?.reasons).toEqual(["needs_review", "qualitative"]);
      for (const entry of queue.items.filter((candidate) => candidate.reasons.includes("suggestion"))) {
        expect(entry, `target ${entry.targetId}`).toMatchObject({ verdict: "not_reported", results: [expect.objectContaining({ linked: false })] });
      }
    } finally {
      await db.target.delete({ where: { id: qualitative.id } });
      await db.outcome.delete({ where: { id: twin.id } });
    }
  });

  it("replaces a preliminary result with the final figure, citing the source, re-judges and keeps both in the history", async () => {
    const outcome = await db.outcome.findFirstOrThrow({ where: { year: 2021, preliminary: true, links: { some: {} } }, include: { links: true } });
    const input = {
      outcomeId: outcome.id, version: outcome.version, value: "28.5", sourceTitle: "2021年重庆市国民经济和社会发展统计公报",
      sourceUrl: "https://tjj.cq.gov.cn/", sourceDocumentId: "", sourceDate: "2022-03-18", reason: "统计公报终值",
    };
    expect(await replaceOutcomeWithFinal(db, people.editor, { ...input, sourceUrl: "" }, context)).toMatchObject({ ok: false, status: 400 });
    const result = await replaceOutcomeWithFinal(db, people.editor, input, context);
    if (!result.ok) throw new Error(result.error);
    const stored = await db.outcome.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(stored).toMatchObject({ preliminary: false, finalSource: { title: input.sourceTitle, url: input.sourceUrl, documentId: null, date: "2022-03-18" } });
    expect(stored.lockedFields.sort()).toEqual(["finalSource", "preliminary", "value"]);
    const targetId = outcome.links[0].targetId;
    const judged = await db.target.findUniqueOrThrow({ where: { id: targetId } });
    // The other report still gives the preliminary 30%: the reports now disagree across the target.
    expect(judged).toMatchObject({ verdict: "needs_review", conflict: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "outcome.finalise", entityId: String(outcome.id) } });
    expect(event.before).toMatchObject({ value: 30, preliminary: true, verdicts: { [targetId]: "met" } });
    expect(event.after).toMatchObject({ value: 28.5, preliminary: false, verdicts: { [targetId]: "needs_review" } });
  });

  it("edits a result's fields", async () => {
    const outcome = await db.outcome.findFirstOrThrow({ where: { year: 2021, indicator: "山城步道", value: 100 } });
    const result = await updateOutcome(db, people.editor, { outcomeId: outcome.id, version: outcome.version, reason: "单位应为公里", changes: { unit: "公里", headline: "false" } }, context);
    expect(result).toMatchObject({ ok: true, value: { state: { unit: "公里" } } });
  });

  it("creates a target and a result from a selection whose quote is the stored text at its offsets", async () => {
    const document = await db.sourceDocument.findFirstOrThrow({ where: { fileName: { contains: "001_" } }, include: { reports: true } });
    const quote = "打造“门前三包”“五长制”示范道路70条";
    const start = document.text.indexOf(quote.slice(0, 6));
    expect(start).toBeGreaterThan(0);
    const span = { documentId: document.id, start, end: start + 10, quote: document.text.slice(start, start + 10) };
    const fields = { indicator: "示范道路", measure: "new", operator: "eq", value: "70", unit: "条", area: "urban", headline: "false", reason: "补录" };
    expect(await createTargetFromSelection(db, people.editor, { ...span, ...fields, quote: "不是原文" }, context)).toMatchObject({ ok: false, status: 400 });
    const created = await createTargetFromSelection(db, people.editor, { ...span, ...fields }, context);
    if (!created.ok) throw new Error(created.error);
    expect(await db.target.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({
      origin: "editor", year: 2021, quote: span.quote, start: span.start, end: span.end, verdict: "not_reported",
    });
    // 001 only plans 2021: a result cannot be anchored in it.
    const { operator: _operator, ...outcomeFields } = fields;
    expect(await createOutcomeFromSelection(db, people.editor, { ...span, ...outcomeFields, preliminary: "false" }, context)).toMatchObject({ ok: false, status: 400 });
    const review = await db.sourceDocument.findFirstOrThrow({ where: { fileName: { contains: "000_" } } });
    const at = review.text.indexOf("地区生产总值");
    const outcome = await createOutcomeFromSelection(db, people.editor, {
      documentId: review.id, start: at, end: at + 6, quote: "地区生产总值", ...outcomeFields, indicator: "地区生产总值", measure: "level", unit: "亿元", area: "economy", preliminary: "true",
    }, context);
    expect(outcome).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: { in: ["target.create", "outcome.create"] } } })).toBe(2);
  });

  it("reverts to the state before a change, itself audited and version-checked", async () => {
    const row = await target("高新技术企业");
    const [edit] = await db.auditEvent.findMany({ where: { entityType: "Target", entityId: String(row.id), action: "target.update" }, orderBy: { id: "asc" } });
    const again = await updateTarget(db, people.editor, { targetId: row.id, version: row.version, reason: "再改", changes: { value: 7000, unit: "户" } }, context);
    if (!again.ok) throw new Error(again.error);
    expect(await revertChange(db, people.editor, { eventId: edit.id, version: row.version, reason: "stale" }, context)).toMatchObject({ ok: false, status: 409 });
    const reverted = await revertChange(db, people.editor, { eventId: edit.id, version: again.value.version, reason: "原值正确" }, context);
    if (!reverted.ok) throw new Error(reverted.error);
    expect(reverted.value.state).toMatchObject({ value: 4500, unit: "家", verdict: "met" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "target.revert" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ reason: "原值正确", before: { value: 7000, unit: "户" }, after: { value: 4500, unit: "家" } });
  });

  it("a viewer, or nobody, is refused and nothing changes", async () => {
    const row = await target("通车里程");
    const events = await db.auditEvent.count();
    const input = { targetId: row.id, version: row.version, reason: "x", changes: { value: 1 } };
    expect(await updateTarget(db, people.viewer, input, context)).toMatchObject({ ok: false, status: 403 });
    expect(await updateTarget(db, null, input, context)).toMatchObject({ ok: false, status: 401 });
    expect(await judgeTarget(db, people.viewer, { ...input, verdict: "met" }, context)).toMatchObject({ ok: false, status: 403 });
    expect(await db.auditEvent.count()).toBe(events);
    expect(await target("通车里程")).toEqual(row);
  });

  it("corrections and their verdicts survive re-extraction of every document and re-linking, without duplicates", async () => {
    const edited = await target("通车里程");
    const judged = await target("能耗“双控”进度");
    const trails = await target("山城步道");
    const projects = await target("重大项目");
    const counts = { targets: await db.target.count(), outcomes: await db.outcome.count() };

    for (const document of await db.sourceDocument.findMany({ select: { id: true } })) await reextractDocument(db, document.id);
    for (const jurisdiction of await db.jurisdiction.findMany({ select: { id: true } })) await relinkJurisdiction(db, jurisdiction.id);

    expect({ targets: await db.target.count(), outcomes: await db.outcome.count() }).toEqual(counts);
    expect(await target("通车里程")).toMatchObject({ id: edited.id, value: edited.value, lockedFields: ["value"], verdict: edited.verdict });
    expect(await target("能耗“双控”进度")).toMatchObject({ id: judged.id, verdict: "met", verdictOrigin: "editor" });
    expect((await target("山城步道")).links.map((link) => link.outcomeId)).toEqual(trails.links.map((link) => link.outcomeId));
    expect((await target("重大项目")).links).toEqual(projects.links.map((link) => expect.objectContaining({ outcomeId: link.outcomeId, origin: "editor" })));
    expect(await db.target.count({ where: { year: 2021, indicator: "示范道路", origin: "editor" } })).toBe(1);
  });

  it("keeps a target that carries only an editor's verdict when re-extraction no longer finds its span", async () => {
    const judged = await target("能耗“双控”进度");
    // The verdict locks the row though no extracted column changed: re-extraction only spares locked rows.
    expect(judged).toMatchObject({ verdictOrigin: "editor", lockedFields: ["verdict"] });
    expect(judged.links.every((link) => link.origin === "machine")).toBe(true);
    const report = await db.report.findUniqueOrThrow({ where: { id: judged.reportId } });
    await db.target.update({ where: { id: judged.id }, data: { extractionKey: "no longer extracted" } });
    await reextractDocument(db, report.documentId);
    expect(await db.target.findUnique({ where: { id: judged.id } })).toMatchObject({ verdict: "met", verdictOrigin: "editor" });
  });
});
