-- CreateEnum
CREATE TYPE "SsoProtocol" AS ENUM ('SAML', 'OIDC');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "requireSso" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ssoOrganizationId" TEXT;

-- CreateTable
CREATE TABLE "SsoConnection" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "protocol" "SsoProtocol" NOT NULL,
    "samlEntityId" TEXT,
    "samlSsoUrl" TEXT,
    "samlCertificates" TEXT[],
    "samlMetadataUrl" TEXT,
    "samlAllowIdpInitiated" BOOLEAN NOT NULL DEFAULT false,
    "oidcIssuer" TEXT,
    "oidcClientId" TEXT,
    "oidcClientSecretSealed" TEXT,
    "defaultRole" "Role" NOT NULL DEFAULT 'MEMBER',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoIdentity" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastSignInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoSignInAttempt" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "requestId" TEXT,
    "nonce" TEXT,
    "codeVerifier" TEXT,
    "next" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoSignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SamlAssertionUse" (
    "connectionId" TEXT NOT NULL,
    "assertionId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SamlAssertionUse_pkey" PRIMARY KEY ("connectionId","assertionId")
);

-- CreateTable
CREATE TABLE "ScimToken" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScimToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryUser" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "userName" TEXT NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "displayName" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectoryUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryGroup" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "displayName" TEXT NOT NULL,
    "customRoleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectoryGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryGroupMember" (
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "directoryUserId" TEXT NOT NULL,

    CONSTRAINT "DirectoryGroupMember_pkey" PRIMARY KEY ("groupId","directoryUserId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SsoConnection_organizationId_key" ON "SsoConnection"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoConnection_id_organizationId_key" ON "SsoConnection"("id", "organizationId");

-- CreateIndex
CREATE INDEX "SsoIdentity_userId_idx" ON "SsoIdentity"("userId");

-- CreateIndex
CREATE INDEX "SsoIdentity_organizationId_idx" ON "SsoIdentity"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoIdentity_connectionId_subject_key" ON "SsoIdentity"("connectionId", "subject");

-- CreateIndex
CREATE INDEX "SsoSignInAttempt_expiresAt_idx" ON "SsoSignInAttempt"("expiresAt");

-- CreateIndex
CREATE INDEX "SamlAssertionUse_expiresAt_idx" ON "SamlAssertionUse"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScimToken_organizationId_key" ON "ScimToken"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ScimToken_tokenHash_key" ON "ScimToken"("tokenHash");

-- CreateIndex
CREATE INDEX "DirectoryUser_organizationId_createdAt_id_idx" ON "DirectoryUser"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryUser_organizationId_userName_key" ON "DirectoryUser"("organizationId", "userName");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryUser_organizationId_userId_key" ON "DirectoryUser"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryUser_id_organizationId_key" ON "DirectoryUser"("id", "organizationId");

-- CreateIndex
CREATE INDEX "DirectoryGroup_organizationId_createdAt_id_idx" ON "DirectoryGroup"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryGroup_organizationId_displayName_key" ON "DirectoryGroup"("organizationId", "displayName");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryGroup_id_organizationId_key" ON "DirectoryGroup"("id", "organizationId");

-- CreateIndex
CREATE INDEX "DirectoryGroupMember_organizationId_idx" ON "DirectoryGroupMember"("organizationId");

-- CreateIndex
CREATE INDEX "DirectoryGroupMember_directoryUserId_idx" ON "DirectoryGroupMember"("directoryUserId");

-- AddForeignKey
ALTER TABLE "SsoConnection" ADD CONSTRAINT "SsoConnection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_connectionId_organizationId_fkey" FOREIGN KEY ("connectionId", "organizationId") REFERENCES "SsoConnection"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScimToken" ADD CONSTRAINT "ScimToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryUser" ADD CONSTRAINT "DirectoryUser_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryUser" ADD CONSTRAINT "DirectoryUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryGroup" ADD CONSTRAINT "DirectoryGroup_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryGroup" ADD CONSTRAINT "DirectoryGroup_customRoleId_fkey" FOREIGN KEY ("customRoleId") REFERENCES "CustomRole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryGroupMember" ADD CONSTRAINT "DirectoryGroupMember_groupId_organizationId_fkey" FOREIGN KEY ("groupId", "organizationId") REFERENCES "DirectoryGroup"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryGroupMember" ADD CONSTRAINT "DirectoryGroupMember_directoryUserId_organizationId_fkey" FOREIGN KEY ("directoryUserId", "organizationId") REFERENCES "DirectoryUser"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- An identity provider is the owners' to configure; the identities it signs in are written by the sign-in (the
-- server role: no one is a member yet), and tenant code may list and forget them.
SELECT orgstack_protect_tenant_table('"SsoConnection"', 'organizationId', 'SELECT, INSERT, UPDATE, DELETE');
SELECT orgstack_protect_tenant_table('"SsoIdentity"', 'organizationId', 'SELECT, DELETE');
-- Sign-ins in flight and spent assertion IDs belong to no organization's code: only the server role reads them.
REVOKE ALL ON "SsoSignInAttempt" FROM orgstack_tenant;
REVOKE ALL ON "SamlAssertionUse" FROM orgstack_tenant;
-- SCIM runs as the tenant role once its token has named the organization (src/server/scim).
SELECT orgstack_protect_tenant_table('"ScimToken"', 'organizationId', 'SELECT, INSERT, UPDATE, DELETE');
SELECT orgstack_protect_tenant_table('"DirectoryUser"', 'organizationId', 'SELECT, INSERT, UPDATE, DELETE');
SELECT orgstack_protect_tenant_table('"DirectoryGroup"', 'organizationId', 'SELECT, INSERT, UPDATE, DELETE');
SELECT orgstack_protect_tenant_table('"DirectoryGroupMember"', 'organizationId', 'SELECT, INSERT, UPDATE, DELETE');
