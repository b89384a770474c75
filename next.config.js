import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: the request config reads the locale from a cookie.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The generated Prisma client and the pg driver run on the server only.
  // pdfjs-dist loads its worker module from its own directory at run time; pg-boss requires pg.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "pdfjs-dist", "pg-boss"],
  poweredByHeader: false,
  // Security headers on every response (issue 6). The CSP allows inline scripts and styles because
  // Next.js inlines its bootstrap scripts (nonces would force every page to render dynamically) and
  // Recharts sets inline styles; everything else, fonts included, comes from this origin only.
  // 'unsafe-eval' only in development, where React rebuilds call stacks with eval.
  async headers() {
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; ");
    const headers = [
      { key: "Content-Security-Policy", value: csp },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      // Ignored by browsers over plain http, so harmless locally.
      { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
    ];
    return [{ source: "/:path*", headers }];
  },
};

export default withNextIntl(nextConfig);
