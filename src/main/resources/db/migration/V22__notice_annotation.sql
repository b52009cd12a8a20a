-- The notice's 附注 (（此件公开发布）, a 联系人 and telephone), printed under its date: read from documents and kept,
-- so that the notice made from the plan says it as the document did. Without its brackets, one a line.
ALTER TABLE plan ADD COLUMN annotation VARCHAR(400);
