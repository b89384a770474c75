import cues from "./report-cues.json";

// Splits a normalised document into reports (a gazette can hold several), finds each report's
// review part (last year's results) and plan part (this year's targets), and builds its section tree.
// All offsets here are into the normalised text.

export type ReportKind = "government_work_report" | "plan_report" | "budget_report";

export type Section = {
  level: number;
  /** The numbering as written: "一、", "（三）", "二是", "1." */
  marker: string;
  heading: string;
  start: number;
  end: number;
  children: Section[];
};

export type ReportPart = { start: number; end: number; year: number | null };

export type SplitReport = {
  kind: ReportKind;
  title: string;
  deliveredOn: string | null;
  reviewYear: number | null;
  planYear: number | null;
  start: number;
  end: number;
  review: ReportPart | null;
  plan: ReportPart | null;
  sections: Section[];
};

type Line = { start: number; end: number; text: string };

const CHINESE_NUMERAL = "[一二三四五六七八九十]+";
const DELIVERY_LINE = /^——\s*(\d{4})年(\d{1,2})月(\d{1,2})日在(.*?)会议上/;
const MAX_TITLE_LENGTH = 80;
const MAX_HEADING_LENGTH = 60;
// Text before the first title counts as a report of its own only when it reads like one
// (a partial report that starts mid-way); a gazette cover or table of contents does not.
const REPORT_BODY = new RegExp(`各位代表|^${CHINESE_NUMERAL}、|^（${CHINESE_NUMERAL}）`, "m");

const SECTION_PATTERNS: { level: number; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^${CHINESE_NUMERAL}、`) },
  { level: 2, pattern: new RegExp(`^（${CHINESE_NUMERAL}）`) },
  { level: 3, pattern: new RegExp(`^${CHINESE_NUMERAL}是`) },
  { level: 3, pattern: /^\d{1,2}[.．、](?!\d)/ },
  { level: 4, pattern: /^（\d{1,2}）/ },
];

/** Splits normalised document text into its reports. */
export function splitReports(text: string): SplitReport[] {
  const lines = splitLines(text);
  const starts = findReportStarts(lines);
  const bounds: { start: number; end: number; titleLine: Line | null }[] = [];

  if (starts.length === 0) {
    bounds.push({ start: 0, end: text.length, titleLine: null });
  } else {
    const lead = text.slice(0, starts[0].start);
    if (REPORT_BODY.test(lead)) bounds.push({ start: 0, end: starts[0].start, titleLine: null });
    starts.forEach((line, i) => {
      bounds.push({ start: line.start, end: i + 1 < starts.length ? starts[i + 1].start : text.length, titleLine: isTitle(line.text) ? line : null });
    });
  }
  return bounds.map(({ start, end, titleLine }) => describeReport(text, lines, start, end, titleLine));
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

function titleKindOf(line: string): ReportKind | null {
  if (line.length > MAX_TITLE_LENGTH) return null;
  for (const [kind, words] of Object.entries(cues.titleKinds) as [ReportKind, string[]][]) {
    // A title is a whole line ending in 报告; a table-of-contents entry carries a page number after it.
    if (words.some((word) => line.includes(word)) && /报告$/.test(line)) return kind;
  }
  return null;
}

function isTitle(line: string): boolean {
  return titleKindOf(line) !== null;
}

// A report starts at its title line, or at its delivery line when the title is missing.
function findReportStarts(lines: Line[]): Line[] {
  const starts: Line[] = [];
  lines.forEach((line, i) => {
    if (isTitle(line.text)) {
      starts.push(line);
      return;
    }
    if (DELIVERY_LINE.test(line.text)) {
      const recent = lines.slice(Math.max(0, i - 3), i);
      if (!recent.some((previous) => isTitle(previous.text))) starts.push(line);
    }
  });
  return starts;
}

function describeReport(text: string, lines: Line[], start: number, end: number, titleLine: Line | null): SplitReport {
  const body = text.slice(start, end);
  const kind = titleLine ? (titleKindOf(titleLine.text) as ReportKind) : inferKind(body);
  const delivery = body.slice(0, 400).match(new RegExp(DELIVERY_LINE.source, "m"));
  const deliveredOn = delivery ? isoDate(delivery[1], delivery[2], delivery[3]) : null;
  const title = titleLine ? titleLine.text : `${findJurisdiction(body) ?? ""}${cues.defaultTitles[kind]}`;

  const reportLines = lines.filter((line) => line.start >= start && line.start < end);
  const sections = buildSections(reportLines, end);
  const { review, plan } = findParts(text, sections, start, end, deliveredOn);
  return { kind, title, deliveredOn, reviewYear: review?.year ?? null, planYear: plan?.year ?? null, start, end, review, plan, sections };
}

function inferKind(body: string): ReportKind {
  const opening = body.slice(0, 2000);
  if (cues.titleKinds.budget_report.some((word) => opening.includes(word))) return "budget_report";
  if (cues.titleKinds.plan_report.some((word) => opening.includes(word))) return "plan_report";
  return "government_work_report";
}

function findJurisdiction(body: string): string | null {
  const congress = body.match(/在(\S{2,10}?[省市区县州])第\S{1,4}届人民代表大会/);
  if (congress) return congress[1];
  const party = body.match(/中共(\S{2,10}?[省市区县州])委/);
  return party ? party[1] : null;
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function buildSections(lines: Line[], reportEnd: number): Section[] {
  const flat: Section[] = [];
  for (const line of lines) {
    const trimmed = line.text;
    for (const { level, pattern } of SECTION_PATTERNS) {
      const marker = trimmed.match(pattern);
      if (!marker) continue;
      const rest = trimmed.slice(marker[0].length);
      const heading = rest.split(/[。！？]/)[0].slice(0, MAX_HEADING_LENGTH);
      flat.push({ level, marker: marker[0], heading, start: line.start, end: reportEnd, children: [] });
      break;
    }
  }
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const section of flat) {
    while (stack.length > 0 && stack[stack.length - 1].level >= section.level) {
      stack.pop()!.end = section.start;
    }
    if (stack.length === 0) roots.push(section);
    else stack[stack.length - 1].children.push(section);
    stack.push(section);
  }
  return roots;
}

function findParts(text: string, sections: Section[], start: number, end: number, deliveredOn: string | null): { review: ReportPart | null; plan: ReportPart | null } {
  const deliveredYear = deliveredOn ? Number(deliveredOn.slice(0, 4)) : null;
  let reviewStart: { at: number; year: number | null } | null = null;
  let planStart: { at: number; year: number | null } | null = null;

  for (const section of sections.filter((s) => s.level === 1)) {
    const year = section.heading.match(/(\d{4})年/);
    const headingYear = year ? Number(year[1]) : null;
    const side = classifyHeading(section.heading, headingYear, deliveredYear);
    if (side === "review" && !reviewStart && !planStart) reviewStart = { at: section.start, year: headingYear };
    if (side === "plan" && !planStart) planStart = { at: section.start, year: headingYear };
  }

  if (!reviewStart && !planStart) return inferPartialPart(text.slice(start, end), start, end);
  const review = reviewStart ? { start: reviewStart.at, end: planStart ? planStart.at : end, year: reviewStart.year } : null;
  const plan = planStart ? { start: planStart.at, end, year: planStart.year } : null;
  return { review, plan };
}

function classifyHeading(heading: string, year: number | null, deliveredYear: number | null): "review" | "plan" | null {
  if (cues.reviewHeadingCues.some((cue) => heading.includes(cue))) return "review";
  if (cues.planHeadingCues.some((cue) => heading.includes(cue))) return "plan";
  if (year !== null && deliveredYear !== null) return year < deliveredYear ? "review" : "plan";
  return null;
}

// A partial print (one half of a report) has no part headings: decide from tense cues whether it is the
// review or the plan half, and read the year from dated events the text mentions.
function inferPartialPart(body: string, start: number, end: number): { review: ReportPart | null; plan: ReportPart | null } {
  const count = (words: string[]) => words.reduce((sum, word) => sum + body.split(word).length - 1, 0);
  const isPlan = count(cues.planTextCues) >= count(cues.reviewTextCues);
  const part = { start, end, year: inferYear(body) };
  return isPlan ? { review: null, plan: part } : { review: part, plan: null };
}

/** Reads the year a text speaks about from five-year-plan milestones and anniversaries it mentions. */
export function inferYear(body: string): number | null {
  for (let n = 11; n <= 16; n++) {
    const numeral = chineseNumeral(n - 10);
    const first = fiveYearPlanStart(n);
    if (cues.fiveYearPlanStartCues.some((cue) => body.includes(cue.replace("{n}", numeral)))) return first;
    if (cues.fiveYearPlanEndCues.some((cue) => body.includes(cue.replace("{n}", numeral)))) return first + 4;
  }
  for (const [event, base] of Object.entries(cues.anniversaryBaseYears)) {
    const match = body.match(new RegExp(`${event}(\\d{1,3})周年`));
    if (match) return base + Number(match[1]);
  }
  return null;
}

// The third plan started in 1966 after a three-year gap; every plan since has run five years.
function fiveYearPlanStart(n: number): number {
  return 1966 + 5 * (n - 3);
}

function chineseNumeral(n: number): string {
  return ["", "一", "二", "三", "四", "五", "六"][n];
}
