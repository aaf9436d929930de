-- Clinica's truth: patients, doctors, staff accounts, appointments, catalog, invoices, outbox.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE SEQUENCE patients_patient_id_seq INCREMENT BY 50;

CREATE TABLE patients (
    patient_id          bigint PRIMARY KEY DEFAULT nextval('patients_patient_id_seq'),
    national_id_type    text,
    national_id         text,
    needs_national_id   boolean NOT NULL DEFAULT false,
    given_names         text NOT NULL,
    first_surname       text NOT NULL,
    second_surname      text,
    date_of_birth       date NOT NULL,
    sex                 text NOT NULL,
    phone               text,
    phone_digits        text NOT NULL DEFAULT '',
    email               text,
    deceased            boolean NOT NULL DEFAULT false,
    deceased_on         date,
    search_text         text NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT patients_national_id_key UNIQUE (national_id),
    CONSTRAINT patients_national_id_type_check
        CHECK (national_id_type IN ('DNI', 'NIE', 'PASSPORT')),
    CONSTRAINT patients_national_id_pair_check
        CHECK ((national_id IS NULL) = (national_id_type IS NULL)),
    CONSTRAINT patients_national_id_required_check
        CHECK (national_id IS NOT NULL OR needs_national_id),
    CONSTRAINT patients_given_names_check CHECK (btrim(given_names) <> ''),
    CONSTRAINT patients_first_surname_check CHECK (btrim(first_surname) <> ''),
    CONSTRAINT patients_sex_check CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT patients_deceased_check CHECK (deceased_on IS NULL OR deceased)
);
ALTER SEQUENCE patients_patient_id_seq OWNED BY patients.patient_id;

-- search_text holds the folded names (folded in Java, es.clinica.domain.SearchText). Every
-- query word must occur inside it: trigram GIN serves LIKE '%word%'.
CREATE INDEX patients_search_text_trgm ON patients USING gin (search_text gin_trgm_ops);
-- A national id is searched by its start, a phone by its last digits (with or without +34).
CREATE INDEX patients_national_id_prefix_idx ON patients (national_id text_pattern_ops);
CREATE INDEX patients_phone_digits_rev_idx ON patients (reverse(phone_digits) text_pattern_ops)
    WHERE phone_digits <> '';
-- Listing by surname without sorting the whole table.
CREATE INDEX patients_surnames_idx ON patients (first_surname, second_surname, given_names);

CREATE TABLE patient_identifiers (
    patient_identifier_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id            bigint NOT NULL REFERENCES patients ON DELETE CASCADE,
    system                text NOT NULL,
    value                 text NOT NULL,
    CONSTRAINT patient_identifiers_system_value_key UNIQUE (system, value)
);
CREATE INDEX patient_identifiers_patient_idx ON patient_identifiers (patient_id);

CREATE TABLE doctors (
    doctor_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    given_names     text NOT NULL,
    first_surname   text NOT NULL,
    second_surname  text,
    specialty       text NOT NULL,
    licence_number  text NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    CONSTRAINT doctors_licence_number_key UNIQUE (licence_number)
);

CREATE TABLE staff_accounts (
    staff_account_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         text NOT NULL,
    password_hash    text NOT NULL,
    role             text NOT NULL,
    doctor_id        bigint REFERENCES doctors,
    active           boolean NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT staff_accounts_role_check
        CHECK (role IN ('RECEPTION', 'DOCTOR', 'BILLING', 'ADMIN')),
    CONSTRAINT staff_accounts_doctor_link_check CHECK (role <> 'DOCTOR' OR doctor_id IS NOT NULL)
);
CREATE UNIQUE INDEX staff_accounts_username_key ON staff_accounts (lower(username));
CREATE UNIQUE INDEX staff_accounts_doctor_key ON staff_accounts (doctor_id)
    WHERE doctor_id IS NOT NULL;

-- ends_at is stored because timestamptz + interval is not immutable and cannot be indexed;
-- the check keeps it honest.
CREATE TABLE appointments (
    appointment_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id              bigint NOT NULL REFERENCES patients,
    doctor_id               bigint NOT NULL REFERENCES doctors,
    starts_at               timestamptz NOT NULL,
    duration_minutes        integer NOT NULL,
    ends_at                 timestamptz NOT NULL,
    reason                  text NOT NULL DEFAULT '',
    status                  text NOT NULL,
    booked_at               timestamptz NOT NULL,
    checked_in_at           timestamptz,
    consultation_started_at timestamptz,
    completed_at            timestamptz,
    cancelled_at            timestamptz,
    no_show_at              timestamptz,
    version                 bigint NOT NULL DEFAULT 0,
    CONSTRAINT appointments_duration_check CHECK (duration_minutes > 0 AND duration_minutes <= 480),
    CONSTRAINT appointments_ends_at_check
        CHECK (ends_at = starts_at + duration_minutes * interval '1 minute'),
    CONSTRAINT appointments_status_check CHECK (status IN
        ('BOOKED', 'CHECKED_IN', 'IN_CONSULTATION', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT appointments_doctor_overlap EXCLUDE USING gist (
        doctor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (status NOT IN ('CANCELLED', 'NO_SHOW')),
    CONSTRAINT appointments_patient_overlap EXCLUDE USING gist (
        patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (status NOT IN ('CANCELLED', 'NO_SHOW'))
);
CREATE INDEX appointments_starts_at_idx ON appointments (starts_at);
CREATE INDEX appointments_patient_idx ON appointments (patient_id, starts_at);
CREATE INDEX appointments_checked_in_idx ON appointments (checked_in_at)
    WHERE status = 'CHECKED_IN';

CREATE TABLE catalog_services (
    catalog_service_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code               text NOT NULL,
    name               text NOT NULL,
    price              numeric(12, 2) NOT NULL,
    tax_rate           numeric(5, 2) NOT NULL,
    active             boolean NOT NULL DEFAULT true,
    CONSTRAINT catalog_services_code_key UNIQUE (code),
    CONSTRAINT catalog_services_price_check CHECK (price >= 0),
    CONSTRAINT catalog_services_tax_rate_check CHECK (tax_rate >= 0 AND tax_rate <= 100)
);

CREATE TABLE invoices (
    invoice_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                text NOT NULL,
    series              text NOT NULL,
    fiscal_year         integer NOT NULL,
    number              integer,
    patient_id          bigint NOT NULL REFERENCES patients,
    appointment_id      bigint REFERENCES appointments,
    status              text NOT NULL,
    corrects_invoice_id bigint REFERENCES invoices,
    created_at          timestamptz NOT NULL,
    issued_at           timestamptz,
    base_total          numeric(12, 2) NOT NULL DEFAULT 0,
    tax_total           numeric(12, 2) NOT NULL DEFAULT 0,
    total               numeric(12, 2) NOT NULL DEFAULT 0,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT invoices_number_key UNIQUE (series, fiscal_year, number),
    CONSTRAINT invoices_kind_check CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT invoices_status_check CHECK (status IN ('DRAFT', 'ISSUED', 'VOIDED')),
    CONSTRAINT invoices_series_check CHECK (series ~ '^[A-Z0-9]{1,10}$'),
    CONSTRAINT invoices_number_status_check CHECK (
        (status = 'DRAFT') = (number IS NULL) AND (status = 'DRAFT') = (issued_at IS NULL)),
    CONSTRAINT invoices_number_positive_check CHECK (number > 0),
    CONSTRAINT invoices_corrects_check
        CHECK ((kind = 'CREDIT_NOTE') = (corrects_invoice_id IS NOT NULL)),
    CONSTRAINT invoices_total_check CHECK (total = base_total + tax_total),
    CONSTRAINT invoices_credit_note_key UNIQUE (corrects_invoice_id)
);
CREATE UNIQUE INDEX invoices_appointment_key ON invoices (appointment_id)
    WHERE kind = 'INVOICE' AND status <> 'VOIDED';
CREATE INDEX invoices_patient_idx ON invoices (patient_id);

CREATE TABLE invoice_lines (
    invoice_line_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id      bigint NOT NULL REFERENCES invoices ON DELETE CASCADE,
    line_no         integer NOT NULL,
    service_code    text NOT NULL,
    description     text NOT NULL,
    quantity        numeric(10, 3) NOT NULL,
    unit_price      numeric(12, 2) NOT NULL,
    tax_rate        numeric(5, 2) NOT NULL,
    line_base       numeric(12, 2) NOT NULL,
    line_tax        numeric(12, 2) NOT NULL,
    line_total      numeric(12, 2) NOT NULL,
    CONSTRAINT invoice_lines_line_no_key UNIQUE (invoice_id, line_no),
    CONSTRAINT invoice_lines_quantity_check CHECK (quantity > 0),
    CONSTRAINT invoice_lines_unit_price_check CHECK (unit_price >= 0),
    CONSTRAINT invoice_lines_tax_rate_check CHECK (tax_rate >= 0 AND tax_rate <= 100),
    CONSTRAINT invoice_lines_total_check CHECK (line_total = line_base + line_tax)
);
CREATE INDEX invoice_lines_service_idx ON invoice_lines (service_code);

CREATE TABLE outbox (
    outbox_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_type  text NOT NULL,
    aggregate_id    text NOT NULL,
    kind            text NOT NULL,
    payload         jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz NOT NULL,
    processed_at    timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, outbox_id) WHERE processed_at IS NULL;
