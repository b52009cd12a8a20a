-- PostgreSQL: the table of db/migration/V20__derived_unit_names.sql, the same on both engines.
CREATE TABLE derived_unit_name (
    plan_id     UUID         NOT NULL,
    city_unit   VARCHAR(64)  NOT NULL,
    county_unit VARCHAR(64)  NOT NULL,
    CONSTRAINT derived_unit_name_pk PRIMARY KEY (plan_id, city_unit),
    CONSTRAINT derived_unit_name_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
