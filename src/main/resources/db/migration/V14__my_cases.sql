-- "My cases" (GET /api/cases?openedBy=me, ?engineer=me): a user's cases, newest first, read from an index in
-- order, like the other filters of V8. Portable between PostgreSQL and H2.
CREATE INDEX support_case_opened_by_idx ON support_case (opened_by, opened_at, case_number);
CREATE INDEX support_case_assignee_idx ON support_case (assignee, opened_at, case_number);
