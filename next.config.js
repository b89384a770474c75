/** @type {import('next').NextConfig} */
const nextConfig = {
  // The generated Prisma client and the pg driver run on the server only.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
};

export default nextConfig;
