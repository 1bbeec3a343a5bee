// Prisma CLI configuration: the JS engine with the better-sqlite3 driver adapter, so that
// generate and migrate work offline (no native engine download). See DESIGN.md.
// The schema's generator must keep `engineType = "client"` for the same reason.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

process.env.DATABASE_URL ??= "file:./data/mamandyq.db";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! }),
});
