-- An outing split over consecutive edits (pipeline.split): the request is the last edit's and
-- lists every revision it covers, oldest first (a JSONB array of ids; empty for a single edit).
ALTER TABLE requests ADD COLUMN revisions JSONB NOT NULL DEFAULT '[]'::jsonb;
