package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The theme parses without an error: JavaFX only warns about a broken rule and drops what follows
 * it, so a lost brace would silently unstyle every screen below it (allergy banner included).
 */
class ThemeStylesheetTest {

    @Test
    void themeParsesWithoutErrorsAndKeepsItsLastRules() throws IOException {
        URL theme =
                Objects.requireNonNull(
                        ThemeStylesheetTest.class.getResource("/es/clinica/ui/clinica.css"));
        CssParser.errorsProperty().clear();

        Stylesheet parsed = new CssParser().parse(theme);

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(parsed.getRules())
                .flatExtracting(rule -> rule.getSelectors())
                .extracting(Object::toString)
                .anyMatch(s -> s.contains("patient-name"))
                .anyMatch(s -> s.contains("waiting-room-status"));
    }
}
