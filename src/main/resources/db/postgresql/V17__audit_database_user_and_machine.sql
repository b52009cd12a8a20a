-- Who made each change, as a shared database knows it (issue #21): beside the operating system's user, the database
-- user the clerk signed in as and the computer the change came from. Empty for entries made before, and for the
-- database user on a database file (it has one user, the app's).
-- The same script is in db/postgresql: the SQL is the same on both engines (MigrationsTest keeps them equal).
ALTER TABLE audit_log ADD COLUMN db_user VARCHAR(100);
ALTER TABLE audit_log ADD COLUMN machine VARCHAR(100);
