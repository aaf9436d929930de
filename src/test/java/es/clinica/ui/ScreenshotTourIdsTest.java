package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screenshot tour is a tool outside {@code mvn verify}; this keeps it from rotting silently:
 * every fx:id it looks for still exists in a screen's FXML (or is set by a view in code).
 */
class ScreenshotTourIdsTest {

    private static final Path TOUR = Path.of("src/test/java/es/clinica/ui/ScreenshotTour.java");

    /**
     * {@code "#someId"} queries, and the ids handed to {@code selectTab} and {@code fireMenuItem}.
     */
    private static final Pattern USED =
            Pattern.compile(
                    "\"#(\\w+)|selectTab\\(\"#\\w+\", \"(\\w+)\"|fireMenuItem\\(\"(\\w+)\"");

    private static final Pattern DECLARED =
            Pattern.compile("fx:id=\"(\\w+)\"|setId\\(\"(\\w+)\"\\)");

    @Test
    void everyFxIdTheTourLooksForExistsInTheScreens() throws IOException {
        Set<String> used = matches(Files.readString(TOUR), USED);
        Set<String> declared = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(ScreenshotTourIdsTest::viewSource).toList()) {
                    declared.addAll(matches(Files.readString(file), DECLARED));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(30);
        assertThat(declared).containsAll(used);
    }

    private static boolean viewSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".fxml") || name.endsWith("View.java");
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    found.add(matcher.group(group));
                }
            }
        }
        return found;
    }
}
