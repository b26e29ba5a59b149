-- Schema version 3: the signed PDF itself and the reason given for signing it.
ALTER TABLE signed_file ADD COLUMN content {blob};
ALTER TABLE signed_file ADD COLUMN reason VARCHAR(400) NOT NULL DEFAULT '';
