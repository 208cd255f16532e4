-- Scale-out and tuning (docs/benchmarks.md). Portable between PostgreSQL and H2.

-- (The due-date index on the engine's job table is created by io.casedesk.cluster.JobDueDateIndex once the engine
-- has made its tables: on an empty database Flyway runs first.)

-- GET /api/cases: each filter, newest first, read from an index in order and stopped after one page.
CREATE INDEX support_case_newest_idx ON support_case (opened_at, case_number);
CREATE INDEX support_case_status_opened_idx ON support_case (status, opened_at, case_number);
CREATE INDEX support_case_priority_opened_idx ON support_case (priority, opened_at, case_number);
CREATE INDEX support_case_queue_opened_idx ON support_case (queue, opened_at, case_number);
CREATE INDEX support_case_company_opened_idx ON support_case (company, opened_at, case_number);
-- the two above start with what these indexed
DROP INDEX support_case_queue_idx;
DROP INDEX support_case_company_idx;

-- HTTP sessions of the webapps (Spring Session JDBC), shared by every node: a Cockpit or Tasklist login made
-- on one node is valid on the others. Spring Session's own schema, with a byte type both databases know.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID             CHAR(36)     NOT NULL,
    SESSION_ID             CHAR(36)     NOT NULL,
    CREATION_TIME          BIGINT       NOT NULL,
    LAST_ACCESS_TIME       BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL  INT          NOT NULL,
    EXPIRY_TIME            BIGINT       NOT NULL,
    PRINCIPAL_NAME         VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID  CHAR(36)      NOT NULL,
    ATTRIBUTE_NAME      VARCHAR(200)  NOT NULL,
    ATTRIBUTE_BYTES     BYTEA         NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
