-- The queue's two tiers (issue 11) on the request itself: likely and possible, as the judgement
-- gave it (the ledger's row may be purged before the request is resolved). Earlier requests take
-- their ledger row's tier, else likely from a score of 0.8 (store.model.LIKELY_SCORE).
ALTER TABLE requests ADD COLUMN tier TEXT NOT NULL DEFAULT 'possible';
UPDATE requests SET tier = CASE
    WHEN EXISTS (SELECT 1 FROM judged j WHERE j.wiki = requests.wiki
                 AND j.rev_id = requests.rev_id AND j.tier IN ('likely', 'possible'))
    THEN (SELECT j.tier FROM judged j WHERE j.wiki = requests.wiki AND j.rev_id = requests.rev_id)
    WHEN score >= 0.8 THEN 'likely' ELSE 'possible' END;
CREATE INDEX requests_by_tier ON requests (tier, score DESC);
