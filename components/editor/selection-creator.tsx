"use client";

import { useRef, useState, type ReactNode } from "react";
import { CorrectionForm } from "@/components/editor/correction-form";
import { Field } from "@/components/editor/field";
import { toStoredOffset } from "@/lib/corrections/offsets";
import type { FormAction } from "@/components/action-form";

type CreateAction = FormAction<{ id: number }>;
type Options = ReadonlyArray<readonly [string, string]>;

export type SelectionLabels = Record<
  "select" | "kind" | "createTarget" | "createResult" | "reason" | "indicator" | "value" | "unit" | "operator" | "measure" | "area" | "headline" | "preliminary" | "selected",
  string
>;

type Selected = { start: number; end: number; quote: string };

/** Where a DOM position falls in the stored text, through its paragraph's data-start. */
function storedOffset(text: string, node: Node, offset: number, side: "start" | "end"): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-start]");
  if (!paragraph) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return toStoredOffset(text, Number(paragraph.dataset.start), before.toString().length, side);
}

/**
 * The document reader for editors: selecting text offers to create a target or a result from it,
 * anchored to the selection's offsets in the stored text (the server checks the quote again).
 */
export function SelectionCreator({
  documentId,
  text,
  labels,
  options,
  actions,
  children,
}: {
  documentId: number;
  text: string;
  labels: SelectionLabels;
  options: { measures: Options; operators: Options; areas: Options; yesNo: Options };
  actions: { target: CreateAction; outcome: CreateAction };
  children: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [kind, setKind] = useState<"target" | "outcome">("target");

  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !container.current) return;
    const range = selection.getRangeAt(0);
    if (!container.current.contains(range.commonAncestorContainer)) return;
    const start = storedOffset(text, range.startContainer, range.startOffset, "start");
    const end = storedOffset(text, range.endContainer, range.endOffset, "end");
    if (start === null || end === null || end <= start) return;
    setSelected({ start, end, quote: text.slice(start, end) });
  }

  const number = selected?.quote.match(/\d+(?:\.\d+)?/)?.[0] ?? "";
  const common = selected && (
    <>
      <Field label={labels.indicator} name="indicator" defaultValue={selected.quote.replace(/\n/g, "").slice(0, 40)} />
      <Field label={labels.value} name="value" defaultValue={number} />
      <Field label={labels.unit} name="unit" defaultValue="" />
      <Field label={labels.measure} name="measure" defaultValue="level" options={options.measures} />
      <Field label={labels.area} name="area" defaultValue={options.areas[0][0]} options={options.areas} />
      <Field label={labels.headline} name="headline" defaultValue="false" options={options.yesNo} />
    </>
  );
  return (
    <div className="space-y-4">
      <div ref={container} onMouseUp={readSelection} onKeyUp={readSelection}>
        {children}
      </div>
      <aside className="sticky bottom-2 max-w-3xl space-y-2 rounded-lg border border-violet-200 bg-violet-50 p-3 text-sm shadow" data-testid="selection-creator">
        {!selected ? (
          <p>{labels.select}</p>
        ) : (
          <>
            <p data-testid="selected-quote">
              {labels.selected.replace("{start}", String(selected.start)).replace("{end}", String(selected.end)).replace("{quote}", selected.quote)}
            </p>
            <fieldset className="flex gap-3">
              <legend className="sr-only">{labels.kind}</legend>
              {(["target", "outcome"] as const).map((value) => (
                <label key={value} className="flex items-center gap-1">
                  <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
                  {value === "target" ? labels.createTarget : labels.createResult}
                </label>
              ))}
            </fieldset>
            <CorrectionForm
              key={`${kind}:${selected.start}:${selected.end}`}
              action={kind === "target" ? actions.target : actions.outcome}
              hidden={{ documentId, ...selected }}
              submitLabel={kind === "target" ? labels.createTarget : labels.createResult}
              reasonLabel={labels.reason}
            >
              {common}
              {kind === "target" ? (
                <Field label={labels.operator} name="operator" defaultValue="eq" options={options.operators} />
              ) : (
                <Field label={labels.preliminary} name="preliminary" defaultValue="false" options={options.yesNo} />
              )}
            </CorrectionForm>
          </>
        )}
      </aside>
    </div>
  );
}

