-- Schema version 2: the signed PDFs made of a period.
CREATE TABLE signed_file (
    id {id},
    period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,
    sha256 VARCHAR(64) NOT NULL,
    signer VARCHAR(400) NOT NULL,
    signed_at VARCHAR(32) NOT NULL,
    file_name VARCHAR(400) NOT NULL
);
CREATE INDEX signed_file_period ON signed_file (period_id);
