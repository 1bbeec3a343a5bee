-- Who gave a consent: the person ("self") or, for a minor, a parent or legal representative.
-- Existing consents were all given by the people themselves.
ALTER TABLE "Consent" ADD COLUMN "givenBy" TEXT NOT NULL DEFAULT 'self';
