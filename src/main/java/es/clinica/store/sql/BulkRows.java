package es.clinica.store.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Helpers for statements that carry many rows as one array per column ({@code unnest}), so a bulk
 * write is one round trip per table, not one per row.
 */
final class BulkRows {

    private BulkRows() {}

    /**
     * The next {@code count} values of an identity column's sequence (increment 1), in one query,
     * for rows inserted with {@code OVERRIDING SYSTEM VALUE}.
     */
    static long[] identities(Connection connection, String table, String column, int count)
            throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next =
                connection.prepareStatement(
                        "SELECT nextval(pg_get_serial_sequence(?, ?)) FROM generate_series(1,"
                                + " ?)")) {
            next.setString(1, table);
            next.setString(2, column);
            next.setInt(3, count);
            try (ResultSet rows = next.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    static Array longs(Connection connection, Long[] values) throws SQLException {
        return connection.createArrayOf("int8", values);
    }

    static Array texts(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    /** An instant as text PostgreSQL reads back exactly into timestamptz, or null. */
    static String instant(Optional<Instant> at) {
        return at.map(BulkRows::instant).orElse(null);
    }

    static String instant(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toString();
    }
}
