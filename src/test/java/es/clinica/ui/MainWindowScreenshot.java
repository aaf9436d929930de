package es.clinica.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

/**
 * Writes the README's picture of the main window over a stub backend. Run it in a real (virtual) X
 * server, e.g. {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp …
 * es.clinica.ui.MainWindowScreenshot docs/screenshots/main-window.png en}.
 */
public final class MainWindowScreenshot {

    private MainWindowScreenshot() {}

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        Platform.startup(() -> open(target, locale));
    }

    private static void open(Path target, Locale locale) {
        Stage stage = new Stage();
        WorkstationApp app =
                new WorkstationApp(
                        locale, StubBackend.ready(), Duration.ofSeconds(1), Platform::exit);
        app.start(stage);
        Timeline poll = new Timeline();
        poll.getKeyFrames()
                .add(
                        new KeyFrame(
                                javafx.util.Duration.millis(250),
                                event -> {
                                    if (ready(stage.getScene())) {
                                        poll.stop();
                                        WindowPng.save(stage.getScene(), target);
                                        Platform.exit();
                                    }
                                }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private static boolean ready(Scene scene) {
        Labeled redis = (Labeled) scene.lookup("#redisStatusLabel");
        return redis != null && redis.getStyleClass().contains("store-embedded");
    }
}
