package es.clinica.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.RuleViolation;
import es.clinica.service.ConflictException;
import es.clinica.service.InvalidInputException;
import es.clinica.service.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    @Test
    void connectionFailureBecomesUnavailable() {
        RuntimeException refused =
                new JDBCConnectionException("down", new SQLException("refused", "08001"));
        RuntimeException poolTimeout =
                new GenericJDBCException("pool", new SQLTransientConnectionException("timeout"));

        assertThat(SqlErrors.translate(refused))
                .isInstanceOf(UnavailableException.class)
                .hasMessage("store.postgresql.unavailable");
        assertThat(SqlErrors.translate(poolTimeout)).isInstanceOf(UnavailableException.class);
    }

    @Test
    void serializationFailureBecomesConflictAndRuleViolationInvalidInput() {
        RuntimeException serialization =
                new GenericJDBCException("x", new SQLException("could not serialize", "40001"));

        assertThat(SqlErrors.translate(serialization))
                .isInstanceOf(ConflictException.class)
                .hasMessage("store.concurrentChange");
        assertThat(SqlErrors.translate(new RuleViolation("money.price.negative", "price")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("price"));
    }

    @Test
    void unknownFailureIsLeftAsItIs() {
        IllegalStateException other = new IllegalStateException("bug");

        assertThat(SqlErrors.translate(other)).isSameAs(other);
    }
}
