-- The app works on its data as a user without administrator rights (KESUDESK_APP): H2 lets only administrators
-- read or write files (FILE_READ, FILE_WRITE, CSVREAD, CSVWRITE, SCRIPT TO, RUNSCRIPT), link other databases
-- (LINK_SCHEMA, linked tables) or define Java functions (CREATE ALIAS), so that nothing a database file holds can do
-- any of it through the app's own queries. Migrations and compaction run as the administrator (SA).
/* [jooq ignore start] */
CREATE USER IF NOT EXISTS KESUDESK_APP PASSWORD '';
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO KESUDESK_APP;
/* [jooq ignore stop] */

-- A node's units play the role its kind has: an item's are lead units, a task's or sub-task's responsible units, a
-- section has none (NodeKind.unitRole). Earlier versions let a responsible unit onto an item (assign --role
-- responsible) and an exchange file put lead units on tasks; such a unit now plays its node's role, after the
-- units already in it, and is dropped where it is already there (or the node is a section).
UPDATE assignment a SET role = 'LEAD', position = position + 100000
WHERE a.role = 'RESPONSIBLE'
  AND EXISTS (SELECT 1 FROM plan_node n WHERE n.id = a.node_id AND n.kind IN ('ACTION', 'PROJECT', 'SAFEGUARD'))
  AND NOT EXISTS (SELECT 1 FROM assignment b WHERE b.node_id = a.node_id AND b.unit_id = a.unit_id
                                             AND b.role = 'LEAD');
UPDATE assignment a SET role = 'RESPONSIBLE', position = position + 100000
WHERE a.role = 'LEAD'
  AND EXISTS (SELECT 1 FROM plan_node n WHERE n.id = a.node_id AND n.kind IN ('TASK', 'SUBTASK'))
  AND NOT EXISTS (SELECT 1 FROM assignment b WHERE b.node_id = a.node_id AND b.unit_id = a.unit_id
                                             AND b.role = 'RESPONSIBLE');
DELETE FROM assignment a
WHERE EXISTS (SELECT 1 FROM plan_node n WHERE n.id = a.node_id
              AND (n.kind = 'SECTION'
                   OR (n.kind IN ('ACTION', 'PROJECT', 'SAFEGUARD') AND a.role = 'RESPONSIBLE')
                   OR (n.kind IN ('TASK', 'SUBTASK') AND a.role = 'LEAD')));
