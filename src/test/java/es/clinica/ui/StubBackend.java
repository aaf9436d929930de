package es.clinica.ui;

import es.clinica.domain.Role;
import es.clinica.service.ClinicServices;
import es.clinica.service.ClinicaException;
import es.clinica.ui.startup.StartupViewModel;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A backend without stores: reports every start-up stage, optionally waits for the test to let it
 * finish, then hands out services over a {@link StubHealthService} and a {@link FakeAuth} where
 * {@code recepcion} is already logged in, so the window skips the login screen (or fails as told).
 */
public final class StubBackend implements Backend {

    private final StubHealthService health = new StubHealthService();
    private final FakeAuth auth = new FakeAuth().withAccount("recepcion", Role.RECEPTION);
    private final CountDownLatch release;
    private final Optional<ClinicaException> failure;
    private final AtomicInteger stops = new AtomicInteger();
    private volatile String stopThread = "";

    private StubBackend(CountDownLatch release, Optional<ClinicaException> failure) {
        this.release = release;
        this.failure = failure;
    }

    /** Starts at once. */
    public static StubBackend ready() {
        return new StubBackend(new CountDownLatch(0), Optional.empty());
    }

    /** Reports the first stage, then waits for {@link #finishStart()}. */
    public static StubBackend held() {
        return new StubBackend(new CountDownLatch(1), Optional.empty());
    }

    /** Reports the first stage, then throws {@code failure}. */
    public static StubBackend failing(ClinicaException failure) {
        return new StubBackend(new CountDownLatch(0), Optional.of(failure));
    }

    public StubHealthService health() {
        return health;
    }

    public void finishStart() {
        release.countDown();
    }

    public int stops() {
        return stops.get();
    }

    public String stopThread() {
        return stopThread;
    }

    @Override
    public ClinicServices start(Consumer<String> progress) {
        progress.accept(StartupViewModel.STAGES.get(0));
        failure.ifPresent(
                e -> {
                    throw e;
                });
        await();
        StartupViewModel.STAGES.stream().skip(1).forEach(progress);
        auth.loggedInAs("recepcion");
        return new ClinicServices(
                health,
                auth.auth(),
                auth.audit(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void await() {
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the backend start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        stopThread = Thread.currentThread().getName();
        stops.incrementAndGet();
    }
}
