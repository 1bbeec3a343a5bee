-- Coordinators choose between an alert per new application and a daily digest.
-- A plain ADD COLUMN instead of the table rebuild `prisma migrate diff` proposed: the same
-- result without copying the User table.
ALTER TABLE "User" ADD COLUMN "coordinatorAlerts" TEXT NOT NULL DEFAULT 'instant';
