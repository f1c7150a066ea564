-- An outing split over consecutive edits (pipeline.split): the request is the last edit's and
-- lists every revision it covers, oldest first (a JSON array of ids; empty for a single edit).
ALTER TABLE requests ADD COLUMN revisions TEXT NOT NULL DEFAULT '[]';
