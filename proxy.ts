// Optimistic redirect to /login for requests without a session cookie. Not an authorization check:
// every page, action and route handler checks the session and role itself on the server.
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
