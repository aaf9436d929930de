package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueueEntryTest {

    @Test
    void encodesAppointmentIdAndCheckInMillis() {
        QueueEntry entry = new QueueEntry(42, Instant.parse("2026-01-01T10:00:00.123Z"));

        assertThat(entry.encode()).isEqualTo("42|1767261600123");
    }

    @Test
    void decodingGivesTheSameEntryBack() {
        QueueEntry entry = new QueueEntry(7, Instant.parse("2026-03-29T01:30:00.5Z"));

        assertThat(QueueEntry.decode(entry.encode())).isEqualTo(entry);
    }

    @Test
    void sameAppointmentAndCheckInGiveByteIdenticalEntriesWhateverTheSubMillis() {
        Instant fromSql = Instant.parse("2026-01-01T10:00:00.123456Z");
        Instant fromClock = Instant.parse("2026-01-01T10:00:00.123999999Z");

        assertThat(new QueueEntry(9, fromSql).encode())
                .isEqualTo(new QueueEntry(9, fromClock).encode());
    }

    @Test
    void prefixMatchesEveryEntryOfTheAppointmentOnly() {
        String entry = new QueueEntry(12, Instant.EPOCH).encode();

        assertThat(entry).startsWith(QueueEntry.prefixOf(12));
        assertThat(entry).doesNotStartWith(QueueEntry.prefixOf(1));
    }

    @Test
    void refusesTextThatIsNotAnEntry() {
        assertThatThrownBy(() -> QueueEntry.decode("42"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueEntry.decode("|5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueEntry.decode("a|5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueEntry.decode("4|"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
