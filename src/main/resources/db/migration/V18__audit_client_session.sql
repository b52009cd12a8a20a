-- Which running app made each change (issue #21): a random id each app takes when it opens the database. Clerks on
-- a shared database see each other's changes by polling the audit log for entries not of their own session; the
-- OS user, database user and computer do not tell two windows of one clerk apart. Empty for entries made before.
-- The same script is in db/postgresql: the SQL is the same on both engines (MigrationsTest keeps them equal).
ALTER TABLE audit_log ADD COLUMN client_session UUID;
