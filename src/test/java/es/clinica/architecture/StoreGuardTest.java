package es.clinica.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import es.clinica.store.StoreGuard;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A store call on the JavaFX application thread fails loudly; off it, it goes through. */
class StoreGuardTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void storeCallOnTheFxThreadIsRefused() throws Exception {
        Throwable refused =
                WaitForAsyncUtils.asyncFx(
                                () -> {
                                    try {
                                        StoreGuard.requireBackgroundThread();
                                        return null;
                                    } catch (IllegalStateException e) {
                                        return e;
                                    }
                                })
                        .get(5, TimeUnit.SECONDS);

        assertThat(refused)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JavaFX application thread");
    }

    @Test
    void storeCallOffTheFxThreadGoesThrough() {
        assertThatNoException().isThrownBy(StoreGuard::requireBackgroundThread);
    }
}
