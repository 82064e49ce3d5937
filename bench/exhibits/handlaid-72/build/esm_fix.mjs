// Node 20 refuses the exporter's `import("buffer/")` (a directory import); map it to the file.
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(`
export async function resolve(spec, ctx, next) {
  if (spec === "buffer/") spec = "buffer/index.js";
  return next(spec, ctx);
}`), import.meta.url);
