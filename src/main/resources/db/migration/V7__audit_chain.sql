-- Tamper-evident timeline: every event of a case carries the hash of the one before it, and the case row
-- keeps the hash of its latest event, so an altered, inserted or deleted event breaks the chain.
ALTER TABLE case_event ADD COLUMN seq INTEGER;
ALTER TABLE case_event ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE case_event ADD COLUMN hash VARCHAR(64);
ALTER TABLE support_case ADD COLUMN audit_head VARCHAR(64);
