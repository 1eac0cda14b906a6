// Bundles the front end into the folder given as the first argument (the project's obj/wwwroot, embedded by MSBuild).
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";

const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUTPUT_DIR");
  process.exit(1);
}
await mkdir(out, { recursive: true });
await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: false,
  target: ["es2020"],
  outfile: path.join(out, "app.js"),
  logLevel: "warning",
});
await copyFile("src/app.css", path.join(out, "app.css"));
await copyFile("src/index.html", path.join(out, "index.html"));
