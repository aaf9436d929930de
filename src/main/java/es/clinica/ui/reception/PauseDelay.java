package es.clinica.ui.reception;

import es.clinica.ui.fx.Cancellable;
import java.time.Duration;
import javafx.animation.PauseTransition;

/** A {@link Delay} on the JavaFX animation timer: no thread of its own, ends on the FX thread. */
final class PauseDelay implements Delay {

    @Override
    public Cancellable after(Duration pause, Runnable action) {
        PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(pause.toMillis()));
        timer.setOnFinished(event -> action.run());
        timer.playFromStart();
        return timer::stop;
    }
}
