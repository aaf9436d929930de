package es.clinica.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.InvalidInputException;
import es.clinica.service.SessionExpiredException;
import es.clinica.service.UnavailableException;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    private final List<Object> delivered = new ArrayList<>();
    private final Background inline = Background.inline(new Localization(Locale.ENGLISH));

    @Test
    void successReachesTheSuccessCallback() {
        inline.run(() -> 42, delivered::add, delivered::add);

        assertThat(delivered).containsExactly(42);
    }

    @Test
    void refusalBecomesItsLocalizedSentenceWithItsField() {
        inline.run(
                () -> {
                    throw new InvalidInputException("startup.homeInUse", "home", null, "/data");
                },
                delivered::add,
                delivered::add);

        assertThat(delivered)
                .singleElement()
                .isEqualTo(
                        new Failure(
                                "Another Clinica workstation is already using the data folder"
                                        + " /data. Close it first, or start this one with its own"
                                        + " data folder (CLINICA_HOME).",
                                Optional.of("home")));
    }

    @Test
    void unexpectedFailureBecomesTheGenericSentenceInTheCurrentLanguage() {
        Localization localization = new Localization(Locale.ENGLISH);
        Background background = Background.inline(localization);
        localization.switchTo(Localization.SPANISH);

        background.run(
                () -> {
                    throw new IllegalStateException("socket closed at 10.0.0.1");
                },
                delivered::add,
                delivered::add);

        Failure failure = (Failure) delivered.get(0);
        assertThat(failure.message()).startsWith("Algo ha fallado.").doesNotContain("socket");
        assertThat(failure.field()).isEmpty();
    }

    @Test
    void callRunsOnTheWorkerAndCallbacksOnTheUiExecutor() {
        List<Runnable> worker = new ArrayList<>();
        List<Runnable> ui = new ArrayList<>();
        Background background =
                new Background(queue(worker), queue(ui), new Localization(Locale.ENGLISH));

        background.run(() -> "done", delivered::add, delivered::add);
        assertThat(worker).hasSize(1);
        assertThat(ui).isEmpty();
        worker.remove(0).run();
        assertThat(delivered).isEmpty();
        ui.remove(0).run();

        assertThat(delivered).containsExactly("done");
    }

    @Test
    void cancelledCallDeliversNothing() {
        List<Runnable> worker = new ArrayList<>();
        Background background =
                new Background(queue(worker), Runnable::run, new Localization(Locale.ENGLISH));

        Cancellable call =
                background.run(
                        () -> {
                            throw new UnavailableException("startup.homeInUse", "x");
                        },
                        delivered::add,
                        delivered::add);
        call.cancel();
        worker.remove(0).run();

        assertThat(delivered).isEmpty();
    }

    @Test
    void callWithoutResultReportsSuccess() {
        inline.run(() -> delivered.add("ran"), () -> delivered.add("ok"), delivered::add);

        assertThat(delivered).containsExactly("ran", "ok");
    }

    private static Executor queue(List<Runnable> tasks) {
        return tasks::add;
    }

    @Test
    void expiredSessionAsksTheHandlerAndTheRetryDeliversSuccess() {
        AtomicInteger calls = new AtomicInteger();
        List<Runnable> retries = new ArrayList<>();
        inline.onSessionExpired((retry, giveUp) -> retries.add(retry));

        inline.run(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new SessionExpiredException();
                    }
                    return "saved";
                },
                delivered::add,
                delivered::add);
        assertThat(delivered).isEmpty();
        retries.get(0).run();

        assertThat(delivered).containsExactly("saved");
        assertThat(calls).hasValue(2);
    }

    @Test
    void givingUpOnAnExpiredSessionDeliversItsMessage() {
        inline.onSessionExpired((retry, giveUp) -> giveUp.run());

        inline.run(
                () -> {
                    throw new SessionExpiredException();
                },
                delivered::add,
                delivered::add);

        assertThat(((Failure) delivered.get(0)).message()).startsWith("Your session has ended.");
    }

    @Test
    void withoutHandlerAnExpiredSessionIsAnOrdinaryFailure() {
        inline.run(
                () -> {
                    throw new SessionExpiredException();
                },
                delivered::add,
                delivered::add);

        assertThat(delivered).singleElement().isInstanceOf(Failure.class);
    }
}
