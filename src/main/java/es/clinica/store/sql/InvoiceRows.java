package es.clinica.store.sql;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceLine;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Many past invoices at once (seeding a clinic's history), the way the database's numbering rules
 * allow: all stored as drafts, their lines added while they are drafts, then issued one by one in
 * the order given, each taking the next number of its series and year (the statements travel as one
 * JDBC batch).
 */
final class InvoiceRows {

    private static final String INSERT_DRAFTS =
            "INSERT INTO invoices (invoice_id, kind, series, fiscal_year, patient_id,"
                    + " appointment_id, status, created_at, base_total, tax_total, total)"
                    + " OVERRIDING SYSTEM VALUE"
                    + " SELECT u.id, 'INVOICE', u.se, u.fy::int, u.pa, u.ap, 'DRAFT',"
                    + " u.cr::timestamptz, u.ba::numeric, u.tx::numeric, u.tt::numeric"
                    + " FROM unnest(?::int8[], ?::int8[], ?::int8[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[])"
                    + " AS u(id, pa, ap, se, fy, cr, ba, tx, tt)";

    private static final String INSERT_LINES =
            "INSERT INTO invoice_lines (invoice_id, line_no, service_code, description, quantity,"
                    + " unit_price, tax_rate, line_base, line_tax, line_total)"
                    + " SELECT u.id, u.no::int, u.co, u.de, u.qu::numeric, u.up::numeric,"
                    + " u.tr::numeric, u.lb::numeric, u.lt::numeric, u.tt::numeric"
                    + " FROM unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                    + " AS u(id, no, co, de, qu, up, tr, lb, lt, tt)";

    private static final String ISSUE =
            "UPDATE invoices SET status = 'ISSUED', issued_at = ?::timestamptz,"
                    + " number = COALESCE((SELECT c.last_number FROM invoice_counters c"
                    + " WHERE c.series = invoices.series AND c.fiscal_year = invoices.fiscal_year),"
                    + " 0) + 1 WHERE invoice_id = ? AND status = 'DRAFT'";

    private InvoiceRows() {}

    static int insertIssued(Connection connection, List<Invoice> invoices) throws SQLException {
        if (invoices.isEmpty()) {
            return 0;
        }
        long[] ids = BulkRows.identities(connection, "invoices", "invoice_id", invoices.size());
        insertDrafts(connection, invoices, ids);
        insertLines(connection, invoices, ids);
        issueInOrder(connection, invoices, ids);
        return invoices.size();
    }

    private static void insertDrafts(Connection connection, List<Invoice> invoices, long[] ids)
            throws SQLException {
        int n = invoices.size();
        Long[][] keys = new Long[3][n];
        String[][] texts = new String[6][n];
        for (int i = 0; i < n; i++) {
            Invoice invoice = invoices.get(i);
            keys[0][i] = ids[i];
            keys[1][i] = invoice.patientId();
            keys[2][i] = invoice.appointmentId().orElse(null);
            String[] row = {
                invoice.series(),
                Integer.toString(invoice.year()),
                BulkRows.instant(invoice.createdAt()),
                plain(invoice.totals().base()),
                plain(invoice.totals().tax()),
                plain(invoice.totals().total())
            };
            for (int c = 0; c < row.length; c++) {
                texts[c][i] = row[c];
            }
        }
        execute(connection, INSERT_DRAFTS, keys, texts);
    }

    private static void insertLines(Connection connection, List<Invoice> invoices, long[] ids)
            throws SQLException {
        List<Long> owners = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            for (InvoiceLine line : invoices.get(i).lines()) {
                owners.add(ids[i]);
                rows.add(
                        new String[] {
                            Integer.toString(line.lineNo()),
                            line.serviceCode(),
                            line.description(),
                            plain(line.quantity()),
                            plain(line.unitPrice()),
                            plain(line.taxRate()),
                            plain(line.lineBase()),
                            plain(line.lineTax()),
                            plain(line.lineTotal())
                        });
            }
        }
        String[][] texts = new String[9][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 9; c++) {
                texts[c][r] = rows.get(r)[c];
            }
        }
        execute(connection, INSERT_LINES, new Long[][] {owners.toArray(new Long[0])}, texts);
    }

    private static void issueInOrder(Connection connection, List<Invoice> invoices, long[] ids)
            throws SQLException {
        try (PreparedStatement issue = connection.prepareStatement(ISSUE)) {
            for (int i = 0; i < invoices.size(); i++) {
                issue.setString(1, BulkRows.instant(invoices.get(i).issuedAt().orElseThrow()));
                issue.setLong(2, ids[i]);
                issue.addBatch();
            }
            issue.executeBatch();
        }
    }

    private static void execute(Connection connection, String sql, Long[][] keys, String[][] texts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int c = 0; c < keys.length; c++) {
                insert.setArray(1 + c, BulkRows.longs(connection, keys[c]));
            }
            for (int c = 0; c < texts.length; c++) {
                insert.setArray(1 + keys.length + c, BulkRows.texts(connection, texts[c]));
            }
            insert.executeUpdate();
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
