import { notFound } from "next/navigation";
import { findPolicyArea } from "@/lib/scorecard/params";

// An unknown area code is a real 404, answered before the page's loading boundary streams.
export default async function AreaLayout({ children, params }: { children: React.ReactNode; params: Promise<{ area: string }> }) {
  if (!findPolicyArea((await params).area)) notFound();
  return children;
}
