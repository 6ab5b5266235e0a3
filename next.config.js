/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Keep tests and scripts out of the bundle's type-check; `npm run typecheck` covers them.
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
