package es.clinica.store.sql;

import es.clinica.domain.Appointment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Many past appointments in one statement (seeding a clinic's history). */
final class AppointmentRows {

    private static final String INSERT =
            "INSERT INTO appointments (appointment_id, patient_id, doctor_id, starts_at,"
                    + " duration_minutes, ends_at, reason, status, booked_at, checked_in_at,"
                    + " consultation_started_at, completed_at, cancelled_at, no_show_at)"
                    + " OVERRIDING SYSTEM VALUE"
                    + " SELECT u.id, u.pa, u.dr, u.st::timestamptz, u.du::int,"
                    + " u.st::timestamptz + u.du::int * interval '1 minute', u.re, u.ss,"
                    + " u.bo::timestamptz, u.ci::timestamptz, u.cs::timestamptz,"
                    + " u.co::timestamptz, u.ca::timestamptz, u.ns::timestamptz"
                    + " FROM unnest(?::int8[], ?::int8[], ?::int8[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[])"
                    + " AS u(id, pa, dr, st, du, re, ss, bo, ci, cs, co, ca, ns)";

    private AppointmentRows() {}

    static List<Appointment> insert(Connection connection, List<Appointment> appointments)
            throws SQLException {
        if (appointments.isEmpty()) {
            return List.of();
        }
        int n = appointments.size();
        long[] ids = BulkRows.identities(connection, "appointments", "appointment_id", n);
        Long[][] keys = new Long[3][n];
        String[][] texts = new String[10][n];
        List<Appointment> stored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Appointment a = appointments.get(i);
            keys[0][i] = ids[i];
            keys[1][i] = a.patientId();
            keys[2][i] = a.doctorId();
            String[] row = {
                BulkRows.instant(a.startsAt()),
                Integer.toString(a.durationMinutes()),
                a.reason(),
                a.status().name(),
                BulkRows.instant(a.bookedAt()),
                BulkRows.instant(a.checkedInAt()),
                BulkRows.instant(a.consultationStartedAt()),
                BulkRows.instant(a.completedAt()),
                BulkRows.instant(a.cancelledAt()),
                BulkRows.instant(a.noShowAt())
            };
            for (int c = 0; c < row.length; c++) {
                texts[c][i] = row[c];
            }
            stored.add(withId(a, ids[i]));
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < keys.length; c++) {
                insert.setArray(1 + c, BulkRows.longs(connection, keys[c]));
            }
            for (int c = 0; c < texts.length; c++) {
                insert.setArray(4 + c, BulkRows.texts(connection, texts[c]));
            }
            insert.executeUpdate();
        }
        return stored;
    }

    private static Appointment withId(Appointment a, long id) {
        return new Appointment(
                id,
                a.patientId(),
                a.doctorId(),
                a.startsAt(),
                a.durationMinutes(),
                a.reason(),
                a.status(),
                a.bookedAt(),
                a.checkedInAt(),
                a.consultationStartedAt(),
                a.completedAt(),
                a.cancelledAt(),
                a.noShowAt());
    }
}
