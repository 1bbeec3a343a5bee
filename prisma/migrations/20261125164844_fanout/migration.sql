-- CreateTable
CREATE TABLE "Fanout" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "notBefore" DATETIME NOT NULL,
    "audience" TEXT NOT NULL,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "expanded" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Fanout_status_notBefore_idx" ON "Fanout"("status", "notBefore");

-- CreateIndex
CREATE UNIQUE INDEX "Fanout_kind_ref_key" ON "Fanout"("kind", "ref");

-- CreateIndex
CREATE INDEX "Subscription_regionCode_topic_frequency_userId_idx" ON "Subscription"("regionCode", "topic", "frequency", "userId");

