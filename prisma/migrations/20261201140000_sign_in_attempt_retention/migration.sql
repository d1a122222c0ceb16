-- Sign-in attempts are kept for SIGN_IN_RETENTION_DAYS (lib/auth/sign-in-limits.ts); this index
-- lets the pruning delete on every attempt find the expired rows without a scan.
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");
