-- Change requests: plans to change, upgrade or optimise a customer's system, reviewed by the expert group before
-- they are carried out (change-request.bpmn). Portable between PostgreSQL and H2.

CREATE SEQUENCE change_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE change_request (
    id                     VARCHAR(32)   PRIMARY KEY,
    origin                 VARCHAR(16)   NOT NULL,
    case_number            VARCHAR(32)   REFERENCES support_case (case_number),
    company                VARCHAR(200)  NOT NULL,
    contact_email          VARCHAR(320),
    title                  VARCHAR(200)  NOT NULL,
    description            VARCHAR(4000),
    chargeable             BOOLEAN       NOT NULL,
    status                 VARCHAR(32)   NOT NULL,
    process_instance_id    VARCHAR(64),
    plan_author            VARCHAR(128),
    plan_what              VARCHAR(4000),
    plan_why               VARCHAR(4000),
    plan_risk              VARCHAR(4000),
    plan_rollback          VARCHAR(4000),
    window_start           TIMESTAMP WITH TIME ZONE,
    window_end             TIMESTAMP WITH TIME ZONE,
    review_round           INTEGER       NOT NULL DEFAULT 0,
    quote_reference        VARCHAR(100),
    quote_price            VARCHAR(100),
    customer_comment       VARCHAR(4000),
    implementation_outcome VARCHAR(16),
    report                 VARCHAR(8000),
    raised_by              VARCHAR(128),
    raised_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at              TIMESTAMP WITH TIME ZONE,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_head             VARCHAR(64)
);

CREATE INDEX change_request_company_idx ON change_request (company, raised_at);
CREATE INDEX change_request_case_idx ON change_request (case_number);

-- Each expert's verdict on a plan, per review round.
CREATE TABLE change_review (
    change_id    VARCHAR(32)   NOT NULL REFERENCES change_request (id),
    review_round INTEGER       NOT NULL,
    reviewer     VARCHAR(128)  NOT NULL,
    verdict      VARCHAR(16)   NOT NULL,
    comment      VARCHAR(4000),
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (change_id, review_round, reviewer)
);

-- The change's timeline, hash-chained as the case timeline is (audit.AuditHash): change_request.audit_head holds
-- the newest hash.
CREATE TABLE change_event (
    change_id    VARCHAR(32)   NOT NULL REFERENCES change_request (id),
    seq          INTEGER       NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(128)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    detail       VARCHAR(8000),
    prev_hash    VARCHAR(64),
    hash         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (change_id, seq)
);
