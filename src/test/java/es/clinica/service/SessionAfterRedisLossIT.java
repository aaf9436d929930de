package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Patient;
import es.clinica.domain.Role;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Redis that comes back without its data has no sessions: the logged-in user's next action is
 * refused as an ended session (the window answers it with the re-login dialog), and nothing is
 * written under a session that no longer exists.
 */
class SessionAfterRedisLossIT {

    private final AuthStack stack = new AuthStack();

    @AfterEach
    void close() {
        stack.close();
    }

    @Test
    void aSessionLostWithRedisDataAsksToLogInAgain() {
        Patient patient = stack.patient();
        stack.loginAs(stack.account("dr.perdida", Role.DOCTOR));
        assertThat(stack.consultation.history(patient.id())).isEmpty();

        deleteEveryKeyOfThisStack();

        assertThatThrownBy(() -> stack.consultation.history(patient.id()))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessage("session.expired");
        assertThat(stack.current.get()).isEmpty();
    }

    /** What a Redis restarted without persistence holds of this stack's keys: nothing. */
    private void deleteEveryKeyOfThisStack() {
        ScanArgs match = ScanArgs.Builder.matches(stack.redis.key("*")).limit(500);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = stack.redis.commands().scan(cursor, match);
            if (!page.getKeys().isEmpty()) {
                stack.redis.commands().del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }
}
