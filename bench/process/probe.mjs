// Preloaded with `node --import ./bench/process/probe.mjs …` by the memory benchmark: on SIGUSR2
// the process writes its process.memoryUsage() (after a full GC when --expose-gc is on) as JSON
// to MEMORY_PROBE_FILE. Plain JavaScript so it costs the measured process nothing to load.
import { writeFileSync } from "node:fs";

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  process.on("SIGUSR2", () => {
    globalThis.gc?.();
    writeFileSync(file, JSON.stringify(process.memoryUsage()));
  });
}
