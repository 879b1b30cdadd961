#!/usr/bin/env node
/**
 * npm run preview: what the sticky PR comment looks like, as a picture.
 *
 * Runs the bundled demo (`node dist/cli/index.js demo --format markdown`, the
 * real pipeline on fixtures/example), renders its Markdown as
 * GitHub-flavoured HTML with `marked` plus the things GitHub adds that
 * marked does not (alert blockquotes `> [!NOTE]`, Mermaid charts from
 * ```mermaid blocks, and a stylesheet close to GitHub's), and screenshots the
 * page with headless Chromium (Debian's `chromium` package) to
 * build/preview/comment.png.
 *
 * Not part of `npm test`: it needs Chromium and takes the demo's ~15 s.
 * Without a colour-emoji font the verdict icons come out as empty boxes:
 * `apt-get install -y chromium fonts-noto-color-emoji`.
 *
 *   npm run preview [-- --out dir] [-- --markdown file.md] [-- --png file.png]
 *
 * --png also writes the screenshot there: the README's picture is made with
 * `npm run preview -- --png docs/comment.png`.
 *
 * Environment: CHROMIUM (the browser binary; default: chromium,
 * chromium-browser or google-chrome on PATH), PREVIEW_MARKED (a path to the
 * `marked` package when it is not installed in this project),
 * PREVIEW_MERMAID (a path to the `mermaid` package, e.g. after
 * `npm install --prefix /tmp/mm mermaid`: /tmp/mm/node_modules/mermaid;
 * without it the charts show as their source, as in an editor).
 * `--cli path` runs another build of the CLI (e.g. build/src/cli/index.js).
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message) {
  process.stderr.write(`preview: ${message}\n`);
  process.exit(2);
}

async function loadMarked() {
  const candidates = [process.env.PREVIEW_MARKED, 'marked'].filter(Boolean);
  for (const c of candidates) {
    try {
      const spec = c === 'marked' ? c : pathToFileURL(path.join(c, 'lib', 'marked.esm.js')).href;
      const mod = await import(spec);
      return mod.marked ?? mod.default;
    } catch {
      // try the next one
    }
  }
  fail("the 'marked' package is needed: npm install --save-dev marked (or set PREVIEW_MARKED to its directory)");
}

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  fail('Chromium was not found: apt-get install -y chromium fonts-noto-color-emoji (or set CHROMIUM to the browser binary)');
}

async function demoMarkdown() {
  const given = arg('--markdown');
  if (given) return readFile(given, 'utf8');
  const cli = path.resolve(arg('--cli') ?? path.join(root, 'dist', 'cli', 'index.js'));
  if (!existsSync(cli)) fail('dist/cli/index.js is missing: run npm run package first');
  process.stderr.write('preview: running the demo (about 15 s)…\n');
  // The demo exits 0 when it catches the regressions it was built with; its
  // Markdown is on stdout either way.
  const run = spawnSync(process.execPath, [cli, 'demo', '--format', 'markdown'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!run.stdout.trim()) fail(`the demo printed no Markdown (exit ${run.status}):\n${run.stderr}`);
  return run.stdout;
}

/** GitHub renders `> [!NOTE]` blockquotes as coloured alerts; marked leaves them as quotes. */
function githubAlerts(html) {
  const kinds = {
    NOTE: ['note', 'ℹ️ Note'],
    TIP: ['tip', '💡 Tip'],
    IMPORTANT: ['important', '❗ Important'],
    WARNING: ['warning', '⚠️ Warning'],
    CAUTION: ['caution', '🛑 Caution'],
  };
  return html.replace(/<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*(?:<br>)?\s*/g, (_m, kind) => {
    const [cls, title] = kinds[kind];
    return `<blockquote class="alert alert-${cls}"><p class="alert-title">${title}</p><p>`;
  });
}

// Close to github-markdown-css (light), inlined: the browser runs without network access.
const CSS = `
body { margin: 0; background: #fff; }
.comment { box-sizing: border-box; width: 900px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #57606a; border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; font-size: 14px; line-height: 1.5; color: #1f2328; word-wrap: break-word; }
.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
.markdown-body h3 { font-size: 1.25em; } .markdown-body h4 { font-size: 1em; }
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body p, .markdown-body blockquote, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; font-variant-numeric: tabular-nums; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: rgba(175,184,193,.2); border-radius: 6px; font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body pre { padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; background: #f6f8fa; border-radius: 6px; }
.markdown-body pre code { padding: 0; background: transparent; font-size: 100%; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d0d7de; }
.markdown-body .alert { color: inherit; }
.markdown-body .alert-title { font-weight: 500; margin-bottom: 4px; }
.markdown-body .alert-note { border-left-color: #0969da; } .markdown-body .alert-note .alert-title { color: #0969da; }
.markdown-body .alert-tip { border-left-color: #1a7f37; } .markdown-body .alert-tip .alert-title { color: #1a7f37; }
.markdown-body .alert-important { border-left-color: #8250df; } .markdown-body .alert-important .alert-title { color: #8250df; }
.markdown-body .alert-warning { border-left-color: #9a6700; } .markdown-body .alert-warning .alert-title { color: #9a6700; }
.markdown-body .alert-caution { border-left-color: #d1242f; } .markdown-body .alert-caution .alert-title { color: #d1242f; }
.markdown-body details summary { cursor: pointer; display: list-item; }
.markdown-body hr { height: .25em; padding: 0; margin: 24px 0; background: #d0d7de; border: 0; }
.markdown-body sub { font-size: 75%; color: #59636e; }
.markdown-body pre.mermaid { background: transparent; text-align: center; }
`;

/** The mermaid bundle to inline, or null: PREVIEW_MERMAID, else this project's node_modules. */
async function mermaidBundle() {
  for (const dir of [process.env.PREVIEW_MERMAID, path.join(root, 'node_modules', 'mermaid')].filter(Boolean)) {
    const file = path.join(dir, 'dist', 'mermaid.min.js');
    if (existsSync(file)) return readFile(file, 'utf8');
  }
  process.stderr.write('preview: mermaid not found (set PREVIEW_MERMAID): charts are shown as their source\n');
  return null;
}

/** GitHub renders ```mermaid blocks as diagrams; marked leaves them as code. */
function mermaidBlocks(html) {
  return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_m, src) => `<pre class="mermaid">${src}</pre>`);
}

function page(body, mermaid) {
  // The height is measured after the charts are drawn (Chromium runs with a virtual time budget).
  const measure = "document.body.setAttribute('data-height', String(Math.ceil(document.documentElement.scrollHeight)));";
  const scripts = mermaid
    ? `<script>${mermaid.replace(/<\/script/gi, '<\\/script')}</script><script>mermaid.initialize({ startOnLoad: false }); mermaid.run().then(() => { ${measure} });</script>`
    : `<script>${measure}</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>go-runtime-gate comment preview</title><style>${CSS}</style></head>
<body><div class="comment"><div class="comment-header"><b>github-actions</b> <span>bot</span> commented</div>
<div class="markdown-body">${body}</div></div>
${scripts}
</body></html>`;
}

function chromium(binary, args) {
  const run = spawnSync(binary, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  if (run.status !== 0) fail(`${binary} exited ${run.status}: ${run.stderr.slice(-2000)}`);
  return run.stdout;
}

const outDir = path.resolve(arg('--out') ?? path.join(root, 'build', 'preview'));
const markdown = await demoMarkdown();
const marked = await loadMarked();
// GitHub keeps single newlines inside paragraphs as spaces in comments (breaks: false).
const html = page(mermaidBlocks(githubAlerts(marked.parse(markdown, { gfm: true, breaks: false }))), await mermaidBundle());
await mkdir(outDir, { recursive: true });
const htmlFile = path.join(outDir, 'comment.html');
const pngFile = path.join(outDir, 'comment.png');
await writeFile(path.join(outDir, 'comment.md'), markdown);
await writeFile(htmlFile, html);

const binary = findChromium();
const profile = await mkdtemp(path.join(os.tmpdir(), 'grg-chromium-'));
const common = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  // Lets the page's scripts (Mermaid) finish before the DOM is dumped or the picture taken.
  '--virtual-time-budget=20000',
  `--user-data-dir=${profile}`,
];
try {
  // First pass measures the page (the script above writes its height into the DOM), second takes the picture.
  const dom = chromium(binary, [...common, '--dump-dom', pathToFileURL(htmlFile).href]);
  const height = Math.min(16_000, Math.max(200, Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 2000) + 32));
  chromium(binary, [...common, `--window-size=940,${height}`, `--screenshot=${pngFile}`, pathToFileURL(htmlFile).href]);
} finally {
  await rm(profile, { recursive: true, force: true });
}
const copyTo = arg('--png');
if (copyTo) {
  await mkdir(path.dirname(path.resolve(copyTo)), { recursive: true });
  await copyFile(pngFile, path.resolve(copyTo));
}
process.stdout.write(`${pngFile}\n${htmlFile}\n${copyTo ? `${path.resolve(copyTo)}\n` : ''}`);
