package es.clinica.store.sql;

import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Many new patients in one statement: the rows travel as one array per column and {@code unnest}
 * turns them back into rows, so a thousand patients cost one round trip instead of a thousand.
 *
 * <p>Ids come from the patients' sequence in blocks, the way Hibernate's pooled optimizer reads it
 * (a value {@code v} owns the ids {@code v - 49 .. v}), so patients stored here and patients stored
 * through {@link PatientEntity} never get the same id.
 */
final class PatientRows {

    /** The sequence's INCREMENT BY and {@link PatientEntity}'s allocationSize. */
    private static final int ID_BLOCK = 50;

    private static final String INSERT =
            "INSERT INTO patients (patient_id, national_id_type, national_id, needs_national_id,"
                    + " given_names, first_surname, second_surname, date_of_birth, sex, phone,"
                    + " phone_digits, email, deceased, deceased_on, search_text, created_at,"
                    + " updated_at, version)"
                    + " SELECT u.id, u.nt, u.ni, u.nn, u.gn, u.fs, u.ss, u.dob::date, u.sex, u.ph,"
                    + " u.pd, u.em, u.dc, u.dco::date, u.st, ?, ?, 0"
                    + " FROM unnest(?::int8[], ?::text[], ?::text[], ?::bool[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                    + " ?::text[], ?::bool[], ?::text[], ?::text[])"
                    + " AS u(id, nt, ni, nn, gn, fs, ss, dob, sex, ph, pd, em, dc, dco, st)";

    private PatientRows() {}

    static List<Patient> insert(Connection connection, List<PatientData> data, Instant now)
            throws SQLException {
        if (data.isEmpty()) {
            return List.of();
        }
        long[] ids = allocateIds(connection, data.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            insert.setObject(1, at);
            insert.setObject(2, at);
            bindColumns(connection, insert, data, ids);
            insert.executeUpdate();
        }
        List<Patient> stored = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            stored.add(new Patient(ids[i], data.get(i), now, now));
        }
        return stored;
    }

    private static void bindColumns(
            Connection connection, PreparedStatement insert, List<PatientData> data, long[] ids)
            throws SQLException {
        int n = data.size();
        Object[][] columns = new Object[15][n];
        for (int i = 0; i < n; i++) {
            PatientData d = data.get(i);
            Object[] row = {
                ids[i],
                d.nationalId().map(id -> id.type().name()).orElse(null),
                d.nationalId().map(NationalId::value).orElse(null),
                d.needsNationalId(),
                d.name().givenNames(),
                d.name().firstSurname(),
                d.name().secondSurname().orElse(null),
                d.dateOfBirth().toString(),
                d.sex().name(),
                d.phone().orElse(null),
                d.phoneDigits(),
                d.email().orElse(null),
                d.deceased(),
                d.deceasedOn().map(LocalDate::toString).orElse(null),
                d.searchText()
            };
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        for (int c = 0; c < columns.length; c++) {
            insert.setArray(3 + c, connection.createArrayOf(typeOf(c), typed(c, columns[c])));
        }
    }

    private static String typeOf(int column) {
        if (column == 0) {
            return "int8";
        }
        return column == 3 || column == 12 ? "bool" : "text";
    }

    private static Object[] typed(int column, Object[] values) {
        Object[] typed =
                switch (typeOf(column)) {
                    case "int8" -> new Long[values.length];
                    case "bool" -> new Boolean[values.length];
                    default -> new String[values.length];
                };
        System.arraycopy(values, 0, typed, 0, values.length);
        return typed;
    }

    private static long[] allocateIds(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            int blocks = (count - filled + ID_BLOCK - 1) / ID_BLOCK;
            for (long high : nextValues(connection, blocks)) {
                for (long id = Math.max(1, high - ID_BLOCK + 1); id <= high && filled < count; ) {
                    ids[filled++] = id++;
                }
            }
        }
        return ids;
    }

    private static List<Long> nextValues(Connection connection, int blocks) throws SQLException {
        List<Long> values = new ArrayList<>(blocks);
        try (PreparedStatement next =
                connection.prepareStatement(
                        "SELECT nextval('patients_patient_id_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, blocks);
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        values.sort(null);
        return values;
    }
}
