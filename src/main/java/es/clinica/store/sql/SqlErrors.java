package es.clinica.store.sql;

import es.clinica.domain.RuleViolation;
import es.clinica.service.ClinicaException;
import es.clinica.service.ConflictException;
import es.clinica.service.InvalidInputException;
import es.clinica.service.NotFoundException;
import es.clinica.service.UnavailableException;
import es.clinica.service.port.DomainRules;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what PostgreSQL and Hibernate throw into the application's exception family, by the
 * name of the violated constraint. The driver's message is never kept as the cause of a constraint
 * refusal: it quotes the offending values (a national id, a name), which must not reach a log.
 */
final class SqlErrors {

    private static final Logger LOGGER = LoggerFactory.getLogger(SqlErrors.class);

    private enum Kind {
        CONFLICT,
        INVALID,
        NOT_FOUND
    }

    private record Refusal(Kind kind, String key, String field) {}

    private static final Map<String, Refusal> BY_CONSTRAINT =
            Map.ofEntries(
                    conflict(
                            "patients_national_id_key",
                            "patient.nationalId.duplicate",
                            "nationalId"),
                    conflict(
                            "patient_identifiers_system_value_key",
                            "patient.identifier.duplicate",
                            "identifier"),
                    conflict(
                            "doctors_licence_number_key",
                            "doctor.licence.duplicate",
                            "licenceNumber"),
                    conflict(
                            "staff_accounts_username_key",
                            "account.username.duplicate",
                            "username"),
                    conflict("staff_accounts_doctor_key", "account.doctor.duplicate", "doctorId"),
                    invalid(
                            "staff_accounts_doctor_link_check",
                            "account.doctor.required",
                            "doctorId"),
                    conflict(
                            "appointments_doctor_overlap",
                            "appointment.doctor.overlap",
                            "startsAt"),
                    conflict(
                            "appointments_patient_overlap",
                            "appointment.patient.overlap",
                            "startsAt"),
                    invalid(
                            "appointments_duration_check",
                            "appointment.duration.invalid",
                            "durationMinutes"),
                    conflict("catalog_services_code_key", "catalog.code.duplicate", "code"),
                    invalid("catalog_services_price_check", "money.price.negative", "price"),
                    invalid("catalog_services_tax_rate_check", "money.taxRate.invalid", "taxRate"),
                    invalid("invoice_lines_quantity_check", "money.quantity.invalid", "quantity"),
                    invalid("invoice_lines_unit_price_check", "money.price.negative", "unitPrice"),
                    conflict("invoices_number_key", "invoice.number.sequence", null),
                    conflict("invoices_number_gapless", "invoice.number.sequence", null),
                    conflict("invoice_counters_gapless", "invoice.number.sequence", null),
                    conflict("invoice_lines_frozen", "invoice.notDraft", null),
                    conflict("invoices_credit_note_key", "invoice.notIssued", null),
                    conflict(
                            "invoices_appointment_key",
                            "invoice.appointment.duplicate",
                            "appointmentId"),
                    notFound("appointments_patient_id_fkey", "patient.notFound", "patientId"),
                    notFound("appointments_doctor_id_fkey", "doctor.notFound", "doctorId"),
                    notFound("invoices_patient_id_fkey", "patient.notFound", "patientId"),
                    notFound(
                            "invoices_appointment_id_fkey",
                            "appointment.notFound",
                            "appointmentId"),
                    notFound("staff_accounts_doctor_id_fkey", "doctor.notFound", "doctorId"),
                    notFound(
                            "patient_identifiers_patient_id_fkey",
                            "patient.notFound",
                            "patientId"));

    private SqlErrors() {}

    /** Runs {@code work}, translating what it throws. */
    static <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The application exception saying what {@code e} means, or {@code e} itself if unknown. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ClinicaException) {
            return e;
        }
        if (e instanceof RuleViolation) {
            return DomainRules.invalid((RuleViolation) e);
        }
        if (find(e, OptimisticLockException.class).isPresent()
                || find(e, StaleStateException.class).isPresent()) {
            return new ConflictException("store.concurrentChange");
        }
        if (isConnectionFailure(e)) {
            LOGGER.warn("PostgreSQL is unreachable: {}", e.getClass().getSimpleName());
            return new UnavailableException("store.postgresql.unavailable", null, e);
        }
        return find(e, SQLException.class).map(s -> fromSql(s, e)).orElse(e);
    }

    private static RuntimeException fromSql(SQLException sql, RuntimeException original) {
        String state = String.valueOf(sql.getSQLState());
        if (state.equals("40001") || state.equals("40P01")) {
            return new ConflictException("store.concurrentChange");
        }
        if (!state.startsWith("23")) {
            return original;
        }
        String constraint = constraintName(sql).orElse("");
        LOGGER.debug("PostgreSQL refused a write: state {} constraint {}", state, constraint);
        Refusal refusal = BY_CONSTRAINT.get(constraint);
        if (refusal == null) {
            return new InvalidInputException("store.constraint.violated", null, null, constraint);
        }
        switch (refusal.kind()) {
            case CONFLICT:
                return new ConflictException(refusal.key(), refusal.field(), null);
            case NOT_FOUND:
                return new NotFoundException(refusal.key(), refusal.field(), null);
            default:
                return new InvalidInputException(refusal.key(), refusal.field(), null);
        }
    }

    private static boolean isConnectionFailure(RuntimeException e) {
        if (find(e, JDBCConnectionException.class).isPresent()
                || find(e, SQLTransientConnectionException.class).isPresent()
                || find(e, SQLNonTransientConnectionException.class).isPresent()) {
            return true;
        }
        return find(e, SQLException.class)
                .map(SQLException::getSQLState)
                .filter(state -> state.startsWith("08") || state.startsWith("57P"))
                .isPresent();
    }

    private static Optional<String> constraintName(SQLException sql) {
        return find(sql, PSQLException.class)
                .map(PSQLException::getServerErrorMessage)
                .map(ServerErrorMessage::getConstraint);
    }

    private static <X extends Throwable> Optional<X> find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t instanceof SQLException && ((SQLException) t).getNextException() != null) {
                Optional<X> next = find(((SQLException) t).getNextException(), type);
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }

    private static Map.Entry<String, Refusal> conflict(String name, String key, String field) {
        return Map.entry(name, new Refusal(Kind.CONFLICT, key, field));
    }

    private static Map.Entry<String, Refusal> invalid(String name, String key, String field) {
        return Map.entry(name, new Refusal(Kind.INVALID, key, field));
    }

    private static Map.Entry<String, Refusal> notFound(String name, String key, String field) {
        return Map.entry(name, new Refusal(Kind.NOT_FOUND, key, field));
    }
}
