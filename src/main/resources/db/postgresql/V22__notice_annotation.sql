-- PostgreSQL: the column of db/migration/V22__notice_annotation.sql, the same on both engines.
ALTER TABLE plan ADD COLUMN annotation VARCHAR(400);
