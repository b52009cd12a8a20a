-- This office's Ed25519 key pair (made on first use; exchange files are signed with it), and the public keys of
-- the other offices, each for one region, accepted once (key import) and used to check the files they send.
CREATE TABLE office_key (
    id          INT                      NOT NULL PRIMARY KEY,
    private_key VARBINARY(256)           NOT NULL,
    public_key  VARBINARY(256)           NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT office_key_single CHECK (id = 1)
);

CREATE TABLE known_key (
    region_code VARCHAR(32)              NOT NULL PRIMARY KEY,
    region_name VARCHAR(100)             NOT NULL,
    public_key  VARBINARY(256)           NOT NULL,
    fingerprint VARCHAR(100)             NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT                   NOT NULL DEFAULT 1
);
