#!/usr/bin/env node
// Creates a new migration offline from the difference between prisma/migrations and
// prisma/schema.prisma (`prisma migrate dev` does not work with the driver adapter).
// Usage: npm run db:new-migration -- <name>
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const sql = execFileSync(
  `${root}node_modules/.bin/prisma`,
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { cwd: root, encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
  console.log("The schema matches the migrations: nothing to do.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = `${root}prisma/migrations/${stamp}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/migration.sql`, sql);
console.log(`Created ${dir}/migration.sql`);
