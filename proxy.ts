// Two jobs, both for pages only (API routes answer 401 themselves and also accept bearer tokens,
// lib/api/authenticate.ts):
// - an optimistic redirect to /login for requests without a session. Not the authorization check:
//   every page, action and route handler checks the session and role itself on the server;
// - answering signed-in readers' scorecard pages from the rendered-page cache (lib/page-cache).
import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";
import { sessionClaimOf } from "@/lib/auth/session-claim";
import { answerFromRenderedPages } from "@/lib/page-cache/serve";

export default withAuth(
  async function proxy(request) {
    return (await answerFromRenderedPages(request, sessionClaimOf(request.nextauth.token))) ?? NextResponse.next();
  },
  { pages: { signIn: "/login" } },
);

export const config = {
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
