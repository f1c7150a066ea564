-- Oversight is granted per wiki: a user's scope is the JSON array of wikis (database names) they
-- may see, NULL for every wiki (stewards). Tokens may expire. Changes to users are audited.
ALTER TABLE users ADD COLUMN wikis TEXT;
ALTER TABLE users ADD COLUMN expires_at BIGINT;

CREATE TABLE user_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX user_audit_by_user ON user_audit (user_name, id);
