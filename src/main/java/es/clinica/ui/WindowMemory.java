package es.clinica.ui;

import es.clinica.domain.Role;
import es.clinica.ui.main.Screen;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs on this computer: its size, the language chosen in the
 * menu and, per role, the last screen shown. Kept with {@link Preferences} under {@link #NODE} (on
 * Linux in {@code ~/.java/.userPrefs}); tests use {@link #inMemory()} so they never touch it.
 */
public final class WindowMemory {

    /** The preferences node of the workstation window. */
    public static final String NODE = "es/clinica/workstation";

    private static final Logger LOGGER = LoggerFactory.getLogger(WindowMemory.class);
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String LANGUAGE = "language";
    private static final String LAST_SCREEN = "lastScreen.";

    private final Store store;

    private WindowMemory(Store store) {
        this.store = store;
    }

    /** Backed by the user's preferences under {@link #NODE}. */
    public static WindowMemory userPreferences() {
        Preferences node = Preferences.userRoot().node(NODE);
        return new WindowMemory(new PreferencesStore(node));
    }

    /** Forgets everything when the process ends; for tests and screenshots. */
    public static WindowMemory inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new WindowMemory(
                new Store() {
                    @Override
                    public Optional<String> get(String key) {
                        return Optional.ofNullable(values.get(key));
                    }

                    @Override
                    public void put(String key, String value) {
                        values.put(key, value);
                    }
                });
    }

    /** The window's last size, when one was kept. */
    public Optional<double[]> size() {
        Optional<Double> width = number(WIDTH);
        Optional<Double> height = number(HEIGHT);
        if (width.isEmpty() || height.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new double[] {width.get(), height.get()});
    }

    public void size(double width, double height) {
        store.put(WIDTH, Double.toString(width));
        store.put(HEIGHT, Double.toString(height));
    }

    /** The language last chosen in the menu; wins over the system's. */
    public Optional<Locale> language() {
        return store.get(LANGUAGE).map(Locale::forLanguageTag);
    }

    public void language(Locale language) {
        store.put(LANGUAGE, language.toLanguageTag());
    }

    /** The screen a role was on when it last logged out or closed the window. */
    public Optional<Screen> lastScreen(Role role) {
        return store.get(LAST_SCREEN + role.name()).flatMap(WindowMemory::screenNamed);
    }

    public void lastScreen(Role role, Screen screen) {
        store.put(LAST_SCREEN + role.name(), screen.name());
    }

    private Optional<Double> number(String key) {
        try {
            return store.get(key).map(Double::valueOf);
        } catch (NumberFormatException e) {
            LOGGER.warn("Ignoring a remembered {} that is not a number", key, e);
            return Optional.empty();
        }
    }

    private static Optional<Screen> screenNamed(String name) {
        for (Screen screen : Screen.values()) {
            if (screen.name().equals(name)) {
                return Optional.of(screen);
            }
        }
        return Optional.empty();
    }

    private interface Store {
        Optional<String> get(String key);

        void put(String key, String value);
    }

    private static final class PreferencesStore implements Store {
        private final Preferences node;

        PreferencesStore(Preferences node) {
            this.node = node;
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(node.get(key, null));
        }

        @Override
        public void put(String key, String value) {
            node.put(key, value);
            try {
                node.flush();
            } catch (BackingStoreException e) {
                LOGGER.warn("The window's preferences could not be saved", e);
            }
        }
    }
}
