-- Gapless invoice numbers per (series, fiscal_year), held by the database itself
-- (docs/decisions/0004-money-and-rounding.md, "Numbering"):
--  * invoice_counters holds the last number given in each series and year;
--  * a number can only be given as counter + 1, under the counter row's lock, and the
--    trigger moves the counter with it, so a gap or a repeat is refused whoever writes;
--  * a given number (and the amounts it carries) never changes, and a numbered invoice is
--    never deleted;
--  * a counter only starts at 0 and only moves by one.
CREATE TABLE invoice_counters (
    series      text NOT NULL,
    fiscal_year integer NOT NULL,
    last_number integer NOT NULL DEFAULT 0,
    PRIMARY KEY (series, fiscal_year)
);

CREATE FUNCTION invoice_counters_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.last_number <> 0 THEN
        RAISE EXCEPTION 'an invoice counter starts at 0'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_counters_gapless';
    ELSIF TG_OP = 'UPDATE' AND (NEW.last_number <> OLD.last_number + 1
            OR NEW.series <> OLD.series OR NEW.fiscal_year <> OLD.fiscal_year) THEN
        RAISE EXCEPTION 'an invoice counter only moves by one'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_counters_gapless';
    ELSIF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'an invoice counter is never deleted'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_counters_gapless';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER invoice_counters_gapless
    BEFORE INSERT OR UPDATE OR DELETE ON invoice_counters
    FOR EACH ROW EXECUTE FUNCTION invoice_counters_guard();

CREATE FUNCTION invoices_number_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.number IS NOT NULL THEN
            RAISE EXCEPTION 'a numbered invoice is never deleted'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_number_gapless';
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.number IS NOT NULL THEN
        IF NEW.number IS DISTINCT FROM OLD.number OR NEW.series <> OLD.series
                OR NEW.fiscal_year <> OLD.fiscal_year OR NEW.total <> OLD.total
                OR NEW.base_total <> OLD.base_total OR NEW.tax_total <> OLD.tax_total
                OR NEW.patient_id <> OLD.patient_id THEN
            RAISE EXCEPTION 'an issued invoice''s number and amounts never change'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_number_gapless';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.number IS NULL THEN
        RETURN NEW;
    END IF;
    INSERT INTO invoice_counters (series, fiscal_year) VALUES (NEW.series, NEW.fiscal_year)
        ON CONFLICT DO NOTHING;
    SELECT c.last_number INTO last FROM invoice_counters c
        WHERE c.series = NEW.series AND c.fiscal_year = NEW.fiscal_year FOR UPDATE;
    IF NEW.number <> last + 1 THEN
        RAISE EXCEPTION 'invoice number % of %/% is not the next one (%)',
                NEW.number, NEW.series, NEW.fiscal_year, last + 1
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_number_gapless';
    END IF;
    UPDATE invoice_counters SET last_number = NEW.number
        WHERE series = NEW.series AND fiscal_year = NEW.fiscal_year;
    RETURN NEW;
END $$;

CREATE TRIGGER invoices_number_gapless
    BEFORE INSERT OR UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoices_number_guard();

-- The lines of an issued or voided invoice are frozen.
CREATE FUNCTION invoice_lines_frozen_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    state text;
BEGIN
    SELECT i.status INTO state FROM invoices i
        WHERE i.invoice_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END;
    IF state IS NOT NULL AND state <> 'DRAFT' THEN
        RAISE EXCEPTION 'the lines of an issued invoice never change'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_lines_frozen';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER invoice_lines_frozen
    BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
    FOR EACH ROW EXECUTE FUNCTION invoice_lines_frozen_guard();
