/**
 * Two layering rules for the engine (lib/analysis), checked on every import:
 *
 * 1. Stage doors. A folder of lib/analysis with an index.ts is a stage (or a part of one, like
 *    lang/en); code outside that folder imports it only through its index.ts, so each stage's
 *    inside can change without touching its readers. Scripts under eval/ may also use a stage's
 *    training.ts, where a learned stage shares its inner steps with its trainer.
 * 2. One-way data flow. The engine imports nothing from the app, the UI, the content loader or
 *    the views (and no React, Next or file system), so it stays pure and runs anywhere.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const ENGINE = path.join(ROOT, "lib", "analysis");
const FORBIDDEN_IN_ENGINE = [
  "app",
  "components",
  "lib/content",
  "lib/views",
  "lib/store",
  "lib/classroom",
];
const FORBIDDEN_PACKAGES =
  /^(react|react-dom|next)(\/|$)|^(node:)?(fs|path|child_process|worker_threads)$/;

function resolveSpecifier(fromFile, spec) {
  let base;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  for (const candidate of [
    base + ".ts",
    base + ".tsx",
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const inside = (file, folder) => file === folder || file.startsWith(folder + path.sep);

/** The stage folders (with an index.ts) holding `target`, outermost first, below lib/analysis. */
function stagesOf(target) {
  const stages = [];
  let dir = path.dirname(target);
  while (inside(dir, ENGINE) && dir !== ENGINE) {
    if (fs.existsSync(path.join(dir, "index.ts"))) stages.unshift(dir);
    dir = path.dirname(dir);
  }
  return stages;
}

const stageDoors = {
  meta: {
    type: "problem",
    docs: {
      description: "Import an engine stage only through its index.ts, and keep the engine pure.",
    },
    schema: [],
    messages: {
      bypass:
        "'{{spec}}' reaches inside the {{stage}} stage: import it from '{{door}}' (its index.ts) instead.",
      impure:
        "The engine (lib/analysis) must not import '{{spec}}': it stays pure, with no app, UI, content, views, React, Next or file access.",
    },
  },
  create(context) {
    const file = context.filename;
    const fromEngine = inside(file, ENGINE);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== "string") return;
      if (fromEngine && FORBIDDEN_PACKAGES.test(spec) && !/\.test\.tsx?$/.test(file)) {
        context.report({ node: node.source, messageId: "impure", data: { spec } });
        return;
      }
      const target = resolveSpecifier(file, spec);
      if (!target) return;
      if (fromEngine && !/\.test\.tsx?$/.test(file)) {
        for (const folder of FORBIDDEN_IN_ENGINE) {
          if (inside(target, path.join(ROOT, folder))) {
            context.report({ node: node.source, messageId: "impure", data: { spec } });
            return;
          }
        }
      }
      const fromEval = inside(file, path.join(ROOT, "eval"));
      for (const stage of stagesOf(target)) {
        if (inside(file, stage)) continue;
        if (target === path.join(stage, "index.ts")) continue;
        // A stage's training.ts is a second door for the evaluation and training scripts only.
        if (fromEval && target === path.join(stage, "training.ts")) continue;
        const name = path.relative(ENGINE, stage);
        context.report({
          node: node.source,
          messageId: "bypass",
          data: {
            spec,
            stage: name,
            door: spec.startsWith("@/")
              ? `@/lib/analysis/${name}`
              : path.relative(path.dirname(file), stage) || ".",
          },
        });
        return;
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const plugin = { rules: { "stage-doors": stageDoors } };
export default plugin;
