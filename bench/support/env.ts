// Benchmark settings from the environment: a wrong value stops the run with its name.

/** A whole number ≥ `min` from `env[name]`, or `fallback` when unset or empty. */
export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${raw}`);
  return n;
}

/** Comma-separated whole numbers ≥ `min` from `env[name]` ("1000,2000"), or `fallback`. */
export function intsFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number[], min = 1): number[] {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  return raw.split(",").map((part) => {
    if (part.trim() === "") throw new Error(`${name}: an empty item in ${raw}`);
    return intFromEnv({ [name]: part.trim() }, name, min, min);
  });
}
