package es.clinica.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The journal's writer on a real thread of its own, held and released by latches. */
class JournalWriterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final JournalWriter writer = new JournalWriter(thread, Runnable::run);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void aWriteWaitingIsReplacedByTheNewerSnapshotOfTheSameNote() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writer.submit("notes/1", () -> held("note 1 v1", started, release), failures::add);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        writer.submit("notes/1", () -> written.add("note 1 v2"), failures::add);
        writer.submit("notes/2", () -> written.add("note 2 v1"), failures::add);
        writer.submit("notes/1", () -> written.add("note 1 v3"), failures::add);
        release.countDown();

        assertThat(writer.flush(PATIENCE)).isTrue();
        assertThat(written).containsExactly("note 1 v1", "note 1 v3", "note 2 v1");
    }

    @Test
    void anOlderSnapshotNeverLandsAfterANewerOne() {
        for (int version = 1; version <= 500; version++) {
            String text = "v" + version;
            writer.submit("notes/1", () -> written.add(text), failures::add);
        }

        assertThat(writer.flush(PATIENCE)).isTrue();
        assertThat(written).last().isEqualTo("v500");
        assertThat(written.stream().map(v -> Integer.parseInt(v.substring(1))))
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void flushWaitsForTheWriteUnderWayAndGivesUpAfterItsBound() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writer.submit("notes/1", () -> held("slow", started, release), failures::add);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(writer.flush(Duration.ofMillis(50))).as("bounded wait").isFalse();
        release.countDown();

        assertThat(writer.flush(PATIENCE)).isTrue();
        assertThat(written).containsExactly("slow");
    }

    @Test
    void aFailedWriteIsReportedAndTheNextOnesStillRun() {
        writer.submit(
                "notes/1",
                () -> {
                    throw new UncheckedIOException(new IOException("disk full"));
                },
                failures::add);
        writer.submit("notes/2", () -> written.add("note 2"), failures::add);

        assertThat(writer.flush(PATIENCE)).isTrue();
        assertThat(failures).singleElement().isInstanceOf(UncheckedIOException.class);
        assertThat(written).containsExactly("note 2");
    }

    @Test
    void closingWritesWhatWasAskedAndRefusesLaterWrites() {
        writer.submit("registrations/new", () -> written.add("form"), failures::add);

        assertThat(writer.close(PATIENCE)).isTrue();
        writer.submit("registrations/new", () -> written.add("too late"), failures::add);

        assertThat(written).containsExactly("form");
        assertThat(thread.isShutdown()).isTrue();
    }

    @Test
    void inlineWriterWritesAtOnce() {
        JournalWriter inline = JournalWriter.inline();

        inline.submit("notes/1", () -> written.add("now"), failures::add);

        assertThat(written).containsExactly("now");
        assertThat(inline.flush(Duration.ZERO)).isTrue();
    }

    private void held(String text, CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        written.add(text);
    }
}
