-- Every plan belongs to a region and a period; every unit (with its aliases and precedence) belongs to one region,
-- so that each region has its own catalogue: 富裕县's 县教育局 is not 龙江县's.
-- Databases of earlier versions had one catalogue for all plans and plans without a region (the office's own).

-- The office's own region, as RegionRepository reads it: the one chosen, else the city.
CREATE TABLE migration_own_region AS
SELECT COALESCE(
    (SELECT r.id FROM region r JOIN app_setting s ON s.setting_key = 'own_region' AND s.setting_value = r.code),
    (SELECT id FROM region WHERE kind = 'CITY' ORDER BY code LIMIT 1)) AS id;

-- Plans: a plan stored without a region was the office's own.
UPDATE plan SET region_id = (SELECT id FROM migration_own_region) WHERE region_id IS NULL;
ALTER TABLE plan ALTER COLUMN region_id SET NOT NULL;

-- The period (first and last year) a plan covers. Earlier versions kept it only in the title, "（2021-2025年）";
-- these two statements read it the way PlanPeriod.inTitle did when this migration was written.
ALTER TABLE plan ADD COLUMN period_start INT;
ALTER TABLE plan ADD COLUMN period_end INT;
UPDATE plan SET
    period_start = CAST(REGEXP_SUBSTR(COALESCE(NULLIF(plan_title, ''), title),
        '((?:19|20)\d{2})\s*[-—–－~～至到]\s*((?:19|20)\d{2})\s*年', 1, 1, '', 1) AS INT),
    period_end = CAST(REGEXP_SUBSTR(COALESCE(NULLIF(plan_title, ''), title),
        '((?:19|20)\d{2})\s*[-—–－~～至到]\s*((?:19|20)\d{2})\s*年', 1, 1, '', 2) AS INT);
UPDATE plan SET period_start = NULL, period_end = NULL WHERE period_end < period_start;
UPDATE plan SET
    period_start = CAST(REGEXP_SUBSTR(COALESCE(NULLIF(plan_title, ''), title), '((?:19|20)\d{2})\s*年', 1, 1, '', 1)
        AS INT),
    period_end = CAST(REGEXP_SUBSTR(COALESCE(NULLIF(plan_title, ''), title), '((?:19|20)\d{2})\s*年', 1, 1, '', 1)
        AS INT)
WHERE period_start IS NULL;
-- (no CHECK constraint: the catalogue admits only the simplest forms, see SchemaCheck; PlanPeriod is the rule,
-- reading tolerates a damaged value and db check reports it)
CREATE INDEX plan_region_idx ON plan (region_id, period_end);

-- Units: each unit goes to a region whose plans use it (the office's own first); unused units to the office's own.
CREATE TABLE migration_unit_use AS
SELECT DISTINCT a.unit_id, p.region_id
FROM assignment a JOIN plan_node n ON n.id = a.node_id JOIN plan p ON p.id = n.plan_id;

UPDATE unit u SET region_id = COALESCE(
    (SELECT uu.region_id FROM migration_unit_use uu
     WHERE uu.unit_id = u.id AND uu.region_id = (SELECT id FROM migration_own_region)),
    (SELECT uu.region_id FROM migration_unit_use uu JOIN region r ON r.id = uu.region_id
     WHERE uu.unit_id = u.id ORDER BY r.kind, r.code LIMIT 1),
    (SELECT id FROM migration_own_region))
WHERE region_id IS NULL;

-- A unit that plans of other regions use as well is copied into each of those regions (name, kind, precedence
-- and aliases), and those plans' assignments point to the copy: renaming it in one region no longer renames it in
-- another. Assignments keep their ids and versions (exchange files name units, not their ids).
CREATE TABLE migration_unit_copy AS
SELECT uu.unit_id AS old_id, uu.region_id, RANDOM_UUID() AS new_id
FROM migration_unit_use uu JOIN unit u ON u.id = uu.unit_id
WHERE uu.region_id <> u.region_id;

INSERT INTO unit (id, region_id, name, kind, precedence, row_version)
SELECT c.new_id, c.region_id, u.name, u.kind, u.precedence, 1
FROM migration_unit_copy c JOIN unit u ON u.id = c.old_id;

UPDATE assignment a SET unit_id = (
    SELECT c.new_id FROM migration_unit_copy c, plan_node n, plan p
    WHERE n.id = a.node_id AND p.id = n.plan_id AND c.old_id = a.unit_id AND c.region_id = p.region_id)
WHERE EXISTS (
    SELECT 1 FROM migration_unit_copy c, plan_node n, plan p
    WHERE n.id = a.node_id AND p.id = n.plan_id AND c.old_id = a.unit_id AND c.region_id = p.region_id);

ALTER TABLE unit ALTER COLUMN region_id SET NOT NULL;
DROP INDEX unit_name_idx;
ALTER TABLE unit ADD CONSTRAINT unit_region_name_unique UNIQUE (region_id, name);
ALTER TABLE unit ADD CONSTRAINT unit_id_region_unique UNIQUE (id, region_id);

-- Aliases belong to their unit's region; an alias is unique within a region (two counties may both have one).
ALTER TABLE unit_alias ADD COLUMN region_id UUID;
UPDATE unit_alias a SET region_id = (SELECT u.region_id FROM unit u WHERE u.id = a.unit_id);
DROP INDEX unit_alias_alias_idx;
INSERT INTO unit_alias (id, unit_id, alias, region_id, row_version)
SELECT RANDOM_UUID(), c.new_id, a.alias, c.region_id, 1
FROM migration_unit_copy c JOIN unit_alias a ON a.unit_id = c.old_id;
ALTER TABLE unit_alias ALTER COLUMN region_id SET NOT NULL;
ALTER TABLE unit_alias DROP CONSTRAINT unit_alias_unit_fk;
ALTER TABLE unit_alias ADD CONSTRAINT unit_alias_unit_fk FOREIGN KEY (unit_id, region_id)
    REFERENCES unit (id, region_id) ON DELETE CASCADE;
ALTER TABLE unit_alias ADD CONSTRAINT unit_alias_region_unique UNIQUE (region_id, alias);

-- The plan navigator says when each plan was last sent (the audit log's exchange.export entries, by plan): read
-- through an index, not by scanning a log that grows with every edit.
CREATE INDEX audit_log_action_idx ON audit_log (action, plan_id);

-- Which plan is shown is each user's choice now (remembered per user), not a setting of the database.
DELETE FROM app_setting WHERE setting_key = 'current_plan';

DROP TABLE migration_unit_copy;
DROP TABLE migration_unit_use;
DROP TABLE migration_own_region;
