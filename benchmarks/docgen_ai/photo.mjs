// Family AI's photographed captures: three.js scenes (desk, hand-held, 高拍仪, plastic sleeve,
// photographed screen) rendered in headless Chromium's WebGL (SwiftShader), driven over the DevTools
// protocol on a pipe. One browser per generate call; jobs (one JSON per line) streamed in; each
// result read back with readPixels and written as a binary PPM for the Guile camera pass.
// usage: node photo.mjs THREE_MODULE_JS SCENE_JS JOBS_JSONL CHROMIUM
import { spawn } from "node:child_process";
import fs from "node:fs";

const [threePath, scenePath, jobsPath, chromium] = process.argv.slice(2);
const chrome = spawn(chromium, [
  "--headless=new", "--no-sandbox", "--remote-debugging-pipe", "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--no-first-run", "--no-default-browser-check",
  "--disable-extensions", "--disable-background-networking", "--user-data-dir=" + process.env.AI_PROFILE,
  "--renderer-process-limit=1", "about:blank",
], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"], env: process.env });
const toChrome = chrome.stdio[3], fromChrome = chrome.stdio[4];
let nextId = 1;
const waiting = new Map();
let buf = Buffer.alloc(0);
fromChrome.on("data", (d) => {
  buf = Buffer.concat([buf, d]);
  let i;
  while ((i = buf.indexOf(0)) >= 0) {
    const msg = JSON.parse(buf.subarray(0, i).toString("utf8"));
    buf = buf.subarray(i + 1);
    if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  const m = { id, method, params };
  if (sessionId) m.sessionId = sessionId;
  toChrome.write(JSON.stringify(m) + "\0");
  return new Promise((res, rej) => waiting.set(id, (msg) => (msg.error ? rej(new Error(method + ": " + JSON.stringify(msg.error))) : res(msg.result))));
}
async function evaluate(expr, sid) {
  const r = await send("Runtime.evaluate", { expression: expr, awaitPromise: true, returnByValue: true }, sid);
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails).slice(0, 800));
  return r.result.value;
}

try {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  // three.js is ESM only: its two build files become blob: modules, the module's import of the core
  // pointed at the core's blob, and the namespace kept as window.THREE
  const core = fs.readFileSync(threePath.replace(/three\.module\.js$/, "three.core.js"), "utf8");
  const mod = fs.readFileSync(threePath, "utf8");
  await evaluate(`(async () => {
    const coreUrl = URL.createObjectURL(new Blob([${JSON.stringify(core)}], { type: "text/javascript" }));
    const src = ${JSON.stringify(mod)}.split("'./three.core.js'").join(JSON.stringify(coreUrl));
    window.THREE = await import(URL.createObjectURL(new Blob([src], { type: "text/javascript" })));
    return 1; })()`, sessionId);
  await evaluate(fs.readFileSync(scenePath, "utf8") + "; 1", sessionId);
  const jobs = fs.readFileSync(jobsPath, "utf8").split("\n").filter((l) => l.trim());
  for (const line of jobs) {
    const job = JSON.parse(line);
    const tex = "data:image/png;base64," + fs.readFileSync(job.texture).toString("base64");
    const out = await evaluate(`renderJob(${JSON.stringify(job)}, ${JSON.stringify(tex)})`, sessionId);
    const px = Buffer.from(out.rgb, "base64");
    fs.writeFileSync(job.out, Buffer.concat([Buffer.from(`P6\n${out.w} ${out.h}\n255\n`), px]));
    process.stdout.write(job.out + "\n");
  }
} finally {
  // wait for the browser to exit, so its CPU is counted as a finished child's
  const gone = new Promise((res) => chrome.once("exit", res));
  chrome.kill("SIGTERM");
  await gone;
}
process.exit(0);
