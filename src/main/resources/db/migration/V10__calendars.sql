-- Where a contract's coverage calendar is read: the customer's time zone, the public holidays of their region,
-- and whether weekends are covered too.
ALTER TABLE contract ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE contract ADD COLUMN holiday_region VARCHAR(32);
ALTER TABLE contract ADD COLUMN weekend_cover BOOLEAN DEFAULT FALSE NOT NULL;
