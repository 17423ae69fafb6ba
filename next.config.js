/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded by Node at run time, not bundled.
  // The territory data is 12 MB of JSON read once on the server; bundling it would bloat every chunk.
  serverExternalPackages: ["@electric-sql/pglite", "@etalab/decoupage-administratif"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Logos are up to 2 MB; the form adds a little around the file.
    serverActions: { bodySizeLimit: "3mb" },
  },
  async redirects() {
    // The directory is the home page; the query string (a shared search) is carried over.
    return [{ source: "/", destination: "/startups", permanent: false }];
  },
};

export default nextConfig;
