-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN "report" TEXT;

