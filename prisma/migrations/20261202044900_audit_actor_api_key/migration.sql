-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorApiKeyId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_actorApiKeyId_idx" ON "AuditEvent"("actorApiKeyId");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorApiKeyId_fkey" FOREIGN KEY ("actorApiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "createdByName" TEXT NOT NULL DEFAULT '';
