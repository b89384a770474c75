import Link from "next/link";
import type { Passage, PassageSegment, Sentence } from "@/lib/scorecard/passages";

const MARK_CLASSES = {
  target: "bg-sky-100 text-sky-950 decoration-sky-700",
  outcome: "bg-amber-100 text-amber-950 decoration-amber-700",
} as const;

function Segment({ segment, linked, labels }: { segment: PassageSegment; linked: boolean; labels: Record<"target" | "outcome", string> }) {
  const { mark } = segment;
  if (!mark) return segment.text;
  const className = `rounded-sm px-0.5 ${MARK_CLASSES[mark.kind]}`;
  const body = (
    <mark className={className} data-kind={mark.kind} data-id={mark.id} title={labels[mark.kind]}>
      {segment.text}
    </mark>
  );
  if (!linked || mark.targetId === null) return body;
  return (
    <Link href={`/targets/${mark.targetId}`} className="underline decoration-1 underline-offset-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
      {body}
    </Link>
  );
}

/**
 * A passage of a report with its extracted items highlighted. With `linked`, each item leads to its
 * target's page (a result to the target it answers).
 */
export function PassageText({
  passage,
  linked = false,
  labels,
}: {
  passage: Passage | Sentence;
  linked?: boolean;
  labels: Record<"target" | "outcome", string>;
}) {
  const cut = "cutBefore" in passage ? passage : { cutBefore: false, cutAfter: false };
  return (
    <>
      {cut.cutBefore && "…"}
      {passage.segments.map((segment, index) => (
        <Segment key={index} segment={segment} linked={linked} labels={labels} />
      ))}
      {cut.cutAfter && "…"}
    </>
  );
}
