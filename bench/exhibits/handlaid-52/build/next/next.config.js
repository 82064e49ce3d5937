/** Static export: `next build` writes the site to out/. */
module.exports = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
};
