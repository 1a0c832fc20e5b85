/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The analysis engine and content loader run at build time on the server only.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model"],
};

export default nextConfig;
