-- RMAs (spare-part replacements for confirmed hardware faults) and the spare stock they draw on.
-- Portable between PostgreSQL and H2.

CREATE SEQUENCE rma_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE rma (
    id                     VARCHAR(32)   PRIMARY KEY,
    case_number            VARCHAR(32)   NOT NULL REFERENCES support_case (case_number),
    process_instance_id    VARCHAR(64),
    status                 VARCHAR(32)   NOT NULL,
    part_number            VARCHAR(100),
    faulty_serial_number   VARCHAR(100),
    site                   VARCHAR(200),
    warranty_ends_on       DATE,
    cover                  VARCHAR(16),
    depot                  VARCHAR(64),
    issued_from_stock      BOOLEAN       NOT NULL DEFAULT FALSE,
    good_serial_number     VARCHAR(100),
    vendor_rma_number      VARCHAR(100),
    quote_reference        VARCHAR(100),
    good_part_received_at  TIMESTAMP WITH TIME ZONE,
    return_deadline        TIMESTAMP WITH TIME ZONE,
    return_overdue         BOOLEAN       NOT NULL DEFAULT FALSE,
    returned_at            TIMESTAMP WITH TIME ZONE,
    return_tracking_number VARCHAR(100),
    opened_by              VARCHAR(128),
    opened_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at              TIMESTAMP WITH TIME ZONE,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX rma_case_idx ON rma (case_number, opened_at);

-- Spare parts on the shelf, per depot and part number. Issuing one never takes the quantity below zero.
CREATE TABLE spare_stock (
    depot        VARCHAR(64)   NOT NULL,
    part_number  VARCHAR(100)  NOT NULL,
    description  VARCHAR(300),
    quantity     INTEGER       NOT NULL,
    updated_by   VARCHAR(128),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (depot, part_number),
    CONSTRAINT spare_stock_quantity_chk CHECK (quantity >= 0)
);

CREATE INDEX spare_stock_part_idx ON spare_stock (part_number);
