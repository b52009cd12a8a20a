-- The names a county's units were given when the city derived the county's plan from its own (市教育局 → 县教育局,
-- or as the user corrected them: 市新闻传媒中心 → 县融媒体中心), so that deriving again after the city's plan changed
-- names them as the user did, rather than by the rules again.
CREATE TABLE derived_unit_name (
    plan_id     UUID         NOT NULL,
    city_unit   VARCHAR(64)  NOT NULL,
    county_unit VARCHAR(64)  NOT NULL,
    CONSTRAINT derived_unit_name_pk PRIMARY KEY (plan_id, city_unit),
    CONSTRAINT derived_unit_name_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
