-- Time a case spent waiting for the customer, so that reports measure resolution time without it.
ALTER TABLE support_case ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE support_case ADD COLUMN waiting_millis BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX support_case_opened_idx ON support_case (opened_at);
