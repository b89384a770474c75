// Optimistic redirect to /login for requests without a session cookie. Not an authorization check:
// every page, action and route handler checks the session and role itself on the server. API routes
// are left out: they answer 401 themselves and also accept bearer tokens (lib/api/authenticate.ts).
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
