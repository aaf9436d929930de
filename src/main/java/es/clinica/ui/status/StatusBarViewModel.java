package es.clinica.ui.status;

import es.clinica.service.HealthService;
import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;
import es.clinica.service.UnavailableException;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.i18n.Messages;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The stores' state for the status bar. {@link #refresh()} probes them in the background; the
 * window calls it every few seconds, so a store that goes away or comes back shows within one
 * period. A probe still running is not started twice. It also says how many patient profiles wait
 * in PostgreSQL's outbox for MongoDB, so a registration made while MongoDB was away shows as
 * pending until it arrives.
 */
public final class StatusBarViewModel {

    private final HealthService health;
    private final LongSupplier pendingProfiles;
    private final Background background;
    private final Localization localization;
    private final Map<StoreKind, StoreStatus> stores = new EnumMap<>(StoreKind.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private Optional<List<StoreHealth>> lastSeen = Optional.empty();
    private long pending;
    private boolean probing;

    public StatusBarViewModel(
            HealthService health, Background background, Localization localization) {
        this(health, () -> 0, background, localization);
    }

    /**
     * @param pendingProfiles how many profiles wait for MongoDB in the outbox; called in the
     *     background, it may throw {@code UnavailableException} (PostgreSQL away: nothing shown)
     */
    public StatusBarViewModel(
            HealthService health,
            LongSupplier pendingProfiles,
            Background background,
            Localization localization) {
        this.health = health;
        this.pendingProfiles = pendingProfiles;
        this.background = background;
        this.localization = localization;
        for (StoreKind kind : StoreKind.values()) {
            stores.put(kind, new StoreStatus(kind));
        }
        localization.messagesProperty().addListener((o, old, now) -> render());
        render();
    }

    /** The entry of one store. */
    public StoreStatus store(StoreKind kind) {
        return stores.get(kind);
    }

    /** A sentence about the stores as a whole (all answering, some not, or the probe failed). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Probes the stores in the background unless a probe is already running. */
    public void refresh() {
        if (probing) {
            return;
        }
        probing = true;
        background.run(
                () -> new Seen(health.check(), pendingOrNone()), this::show, this::showFailure);
    }

    /** One probe's findings: the stores, and the profiles waiting in the outbox. */
    private record Seen(List<StoreHealth> stores, long pendingProfiles) {}

    private long pendingOrNone() {
        try {
            return pendingProfiles.getAsLong();
        } catch (UnavailableException e) {
            return 0;
        }
    }

    private void show(Seen seen) {
        probing = false;
        lastSeen = Optional.of(List.copyOf(seen.stores()));
        pending = seen.pendingProfiles();
        render();
    }

    private void showFailure(Failure failure) {
        probing = false;
        message.set(failure.message());
    }

    private void render() {
        Messages texts = localization.messages();
        stores.values().forEach(entry -> render(texts, entry));
        String overall = texts.get(overallKey());
        message.set(
                pending == 0
                        ? overall
                        : overall + " " + texts.get("status.profilesPending", pending));
    }

    private void render(Messages texts, StoreStatus entry) {
        Optional<StoreHealth> probe =
                lastSeen.flatMap(
                        found ->
                                found.stream()
                                        .filter(candidate -> candidate.store() == entry.store())
                                        .findFirst());
        probe.ifPresentOrElse(
                seen -> renderProbe(texts, entry, seen), () -> renderUnknown(texts, entry));
    }

    private String overallKey() {
        if (lastSeen.isEmpty()) {
            return "status.checking";
        }
        boolean allUp = lastSeen.get().stream().allMatch(probe -> probe.state().isUp());
        return allUp ? "status.allUp" : "status.someDown";
    }

    private void renderUnknown(Messages texts, StoreStatus entry) {
        String name = storeName(texts, entry.store());
        String state = texts.get("status.state.checking");
        entry.update(texts.get("status.store", name, state), state, Optional.empty());
    }

    private void renderProbe(Messages texts, StoreStatus entry, StoreHealth probe) {
        String name = storeName(texts, probe.store());
        String state = texts.get("status.state." + probe.state().name().toLowerCase(Locale.ROOT));
        entry.update(
                texts.get("status.store", name, state),
                detail(texts, probe, name),
                Optional.of(probe.state()));
    }

    private static String detail(Messages texts, StoreHealth probe, String name) {
        if (!probe.state().isUp()) {
            return texts.get("status.detail.down", name, probe.address());
        }
        String version = probe.version().orElse("?");
        long millis = probe.roundTrip().map(Duration::toMillis).orElse(0L);
        return texts.get("status.detail.up", name, probe.address(), version, millis);
    }

    private static String storeName(Messages texts, StoreKind kind) {
        return texts.get("status.storeName." + kind.name().toLowerCase(Locale.ROOT));
    }
}
