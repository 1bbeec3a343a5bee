-- Staff tools: providers get a home region, invites can be revoked, broadcasts keep their
-- recipient count and the author's progress message. Plain ALTERs (no table rebuilds).
ALTER TABLE "Invite" ADD COLUMN "revokedAt" DATETIME;

ALTER TABLE "Provider" ADD COLUMN "regionCode" TEXT REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Broadcast" ADD COLUMN "recipientCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Broadcast" ADD COLUMN "statusChatId" BIGINT;
ALTER TABLE "Broadcast" ADD COLUMN "statusMessageId" INTEGER;
CREATE INDEX "Broadcast_status_scheduledAt_idx" ON "Broadcast"("status", "scheduledAt");
