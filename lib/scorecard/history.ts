// Editors' changes to a target as recorded in AuditEvent.before / .after (JSON objects of the fields changed).

export type FieldChange = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields whose value differs between before and after, in the order they were written. */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const [old, next] = [asRecord(before), asRecord(after)];
  const fields = [...new Set([...Object.keys(next), ...Object.keys(old)])];
  return fields
    .map((field) => ({ field, before: show(old[field]), after: show(next[field]) }))
    .filter((change) => change.before !== change.after);
}
