package es.clinica.store;

/**
 * A cheap check every store adapter makes before it talks to a server: a database call on the
 * JavaFX application thread freezes the window, so it fails loudly instead, in tests first. The
 * thread is recognised by name so the store layer needs no JavaFX.
 */
public final class StoreGuard {

    private static final String FX_THREAD = "JavaFX Application Thread";

    private StoreGuard() {}

    /**
     * @throws IllegalStateException when called on the JavaFX application thread
     */
    public static void requireBackgroundThread() {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(
                    "A store was called on the JavaFX application thread; run it in the"
                            + " background (see es.clinica.ui.fx.Background)");
        }
    }
}
