-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "centre" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "College" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL DEFAULT '',
    "nameRu" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "website" TEXT,
    "studentsCount" INTEGER,
    "hasDual" BOOLEAN NOT NULL DEFAULT false,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "College_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Specialty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL DEFAULT '',
    "nameRu" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "isWorking" BOOLEAN NOT NULL DEFAULT false,
    "searchText" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "specialtyId" INTEGER NOT NULL,
    "nameKk" TEXT NOT NULL DEFAULT '',
    "nameRu" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL DEFAULT '',
    "isWorking" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Qualification_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CollegeSpecialty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "collegeId" INTEGER NOT NULL,
    "specialtyId" INTEGER NOT NULL,
    "stateFundedPlaces" INTEGER NOT NULL DEFAULT 0,
    "paidPlaces" INTEGER NOT NULL DEFAULT 0,
    "studyForm" TEXT NOT NULL DEFAULT 'full_time',
    "baseEducation" TEXT NOT NULL DEFAULT 'grade9',
    "durationMonths" INTEGER NOT NULL,
    "languages" TEXT NOT NULL DEFAULT 'kk,ru',
    "isDual" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CollegeSpecialty_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "College" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CollegeSpecialty_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL DEFAULT '',
    "nameRu" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "website" TEXT
);

-- CreateTable
CREATE TABLE "Course" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "providerId" INTEGER NOT NULL,
    "titleKk" TEXT NOT NULL DEFAULT '',
    "titleRu" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL DEFAULT '',
    "descriptionKk" TEXT NOT NULL DEFAULT '',
    "descriptionRu" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'offline',
    "isFree" BOOLEAN NOT NULL DEFAULT true,
    "priceKzt" INTEGER,
    "durationWeeks" INTEGER NOT NULL,
    "hoursTotal" INTEGER,
    "city" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "registrationDeadline" DATETIME NOT NULL,
    "capacity" INTEGER NOT NULL,
    "minAge" INTEGER NOT NULL DEFAULT 14,
    "maxAge" INTEGER NOT NULL DEFAULT 35,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Course_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Course_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL DEFAULT '',
    "titleRu" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL DEFAULT '',
    "descriptionKk" TEXT NOT NULL DEFAULT '',
    "descriptionRu" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "venue" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "latitude" REAL,
    "longitude" REAL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "expectedVacancies" INTEGER,
    "expectedEmployers" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'published',
    "publishedAt" DATETIME,
    "createdById" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aboutKk" TEXT NOT NULL DEFAULT '',
    "aboutRu" TEXT NOT NULL DEFAULT '',
    "aboutEn" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    CONSTRAINT "Employer_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "employerId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,
    "eventId" INTEGER,
    "titleKk" TEXT NOT NULL DEFAULT '',
    "titleRu" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL DEFAULT '',
    "requirementsKk" TEXT NOT NULL DEFAULT '',
    "requirementsRu" TEXT NOT NULL DEFAULT '',
    "requirementsEn" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "isWorkingProfession" BOOLEAN NOT NULL DEFAULT false,
    "positions" INTEGER NOT NULL DEFAULT 1,
    "salaryMin" INTEGER,
    "salaryMax" INTEGER,
    "schedule" TEXT NOT NULL DEFAULT 'full_time',
    "city" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "contactTelegram" TEXT,
    "postedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Vacancy_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Vacancy_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Vacancy_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "telegramId" BIGINT NOT NULL,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT,
    "username" TEXT,
    "locale" TEXT,
    "regionCode" TEXT,
    "fullName" TEXT,
    "phone" TEXT,
    "birthDate" DATETIME,
    "educationLevel" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "blockedAt" DATETIME,
    "quietFrom" INTEGER NOT NULL DEFAULT 22,
    "quietTo" INTEGER NOT NULL DEFAULT 8,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "User_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "regionCode" TEXT,
    "providerId" INTEGER,
    "courseId" INTEGER,
    "grantedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "RoleGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleGrant_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RoleGrant_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleGrant_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleGrant_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "regionCode" TEXT,
    "providerId" INTEGER,
    "courseId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedById" INTEGER,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invite_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invite_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invite_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "courseId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "fullName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "birthDate" DATETIME NOT NULL,
    "educationLevel" TEXT NOT NULL,
    "consentId" INTEGER,
    "rejectReason" TEXT,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    "offerExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Registration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "givenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" DATETIME,
    CONSTRAINT "Consent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "frequency" TEXT NOT NULL DEFAULT 'instant',
    "digestHour" INTEGER NOT NULL DEFAULT 9,
    "sector" TEXT,
    "workingOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Subscription_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Watch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "itemType" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Watch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "broadcastId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdById" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "entities" TEXT,
    "photoFileId" TEXT,
    "audience" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "scheduledAt" DATETIME,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Broadcast_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "College_externalId_key" ON "College"("externalId");

-- CreateIndex
CREATE INDEX "College_regionCode_idx" ON "College"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Specialty_code_key" ON "Specialty"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Qualification_code_key" ON "Qualification"("code");

-- CreateIndex
CREATE INDEX "Qualification_specialtyId_idx" ON "Qualification"("specialtyId");

-- CreateIndex
CREATE INDEX "CollegeSpecialty_specialtyId_idx" ON "CollegeSpecialty"("specialtyId");

-- CreateIndex
CREATE UNIQUE INDEX "CollegeSpecialty_collegeId_specialtyId_baseEducation_key" ON "CollegeSpecialty"("collegeId", "specialtyId", "baseEducation");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_externalId_key" ON "Provider"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Course_externalId_key" ON "Course"("externalId");

-- CreateIndex
CREATE INDEX "Course_regionCode_startsAt_idx" ON "Course"("regionCode", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event_externalId_key" ON "Event"("externalId");

-- CreateIndex
CREATE INDEX "Event_regionCode_startsAt_idx" ON "Event"("regionCode", "startsAt");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_externalId_key" ON "Employer"("externalId");

-- CreateIndex
CREATE INDEX "Employer_regionCode_idx" ON "Employer"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Vacancy_externalId_key" ON "Vacancy"("externalId");

-- CreateIndex
CREATE INDEX "Vacancy_regionCode_expiresAt_postedAt_idx" ON "Vacancy"("regionCode", "expiresAt", "postedAt");

-- CreateIndex
CREATE INDEX "Vacancy_eventId_idx" ON "Vacancy"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "User_telegramId_key" ON "User"("telegramId");

-- CreateIndex
CREATE INDEX "User_regionCode_idx" ON "User"("regionCode");

-- CreateIndex
CREATE INDEX "RoleGrant_userId_idx" ON "RoleGrant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_token_key" ON "Invite"("token");

-- CreateIndex
CREATE INDEX "Registration_courseId_status_createdAt_idx" ON "Registration"("courseId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_userId_courseId_idx" ON "Registration"("userId", "courseId");

-- CreateIndex
CREATE INDEX "Consent_userId_idx" ON "Consent"("userId");

-- CreateIndex
CREATE INDEX "Subscription_regionCode_topic_idx" ON "Subscription"("regionCode", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_userId_regionCode_topic_key" ON "Subscription"("userId", "regionCode", "topic");

-- CreateIndex
CREATE INDEX "Watch_itemType_itemId_idx" ON "Watch"("itemType", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_itemType_itemId_key" ON "Watch"("userId", "itemType", "itemId");

-- CreateIndex
CREATE INDEX "Delivery_status_notBefore_idx" ON "Delivery"("status", "notBefore");

-- CreateIndex
CREATE INDEX "Delivery_broadcastId_status_idx" ON "Delivery"("broadcastId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_kind_ref_userId_key" ON "Delivery"("kind", "ref", "userId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

