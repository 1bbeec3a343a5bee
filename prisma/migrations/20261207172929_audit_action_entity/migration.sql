-- CreateIndex
CREATE INDEX "AuditLog_action_entityId_idx" ON "AuditLog"("action", "entityId");


-- An import confirmed from a preview names the preview in entityId (src/domain/import/run.ts,
-- previewImported); entries written before named it only in their details.
UPDATE "AuditLog" SET "entityId" = json_extract("details", '$.preview')
WHERE "action" = 'import' AND "entityId" IS NULL AND json_valid("details") AND json_extract("details", '$.preview') IS NOT NULL;
