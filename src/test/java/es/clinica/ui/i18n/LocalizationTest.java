package es.clinica.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizationTest {

    @Test
    void englishIsEnglishEvenOnASpanishMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("es-ES"));
        try {
            assertThat(new Localization(Locale.ENGLISH).get("nav.reception"))
                    .isEqualTo("Reception");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRegionalLocaleGetsItsLanguage() {
        Localization localization = new Localization(Locale.forLanguageTag("es-MX"));

        assertThat(localization.locale()).isEqualTo(Localization.SPANISH);
        assertThat(localization.get("nav.reception")).isEqualTo("Recepción");
    }

    @Test
    void anUnsupportedLanguageGetsEnglish() {
        Localization localization = new Localization(Locale.GERMAN);

        assertThat(localization.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(localization.get("menu.file")).isEqualTo("File");
    }

    @Test
    void switchingTellsListenersOnceAndOnlyOnARealChange() {
        Localization localization = new Localization(Locale.ENGLISH);
        List<String> seen = new ArrayList<>();
        localization
                .messagesProperty()
                .addListener((o, old, now) -> seen.add(now.get("menu.file")));

        localization.switchTo(Localization.SPANISH);
        localization.switchTo(Locale.forLanguageTag("es-AR"));

        assertThat(seen).containsExactly("Archivo");
    }

    @Test
    void exceptionIsToldWithItsArguments() {
        Messages spanish = Messages.load(Localization.SPANISH);

        String told = spanish.format(new ConflictException("startup.homeInUse", "/srv/clinica"));

        assertThat(told).startsWith("Otro puesto de Clinica").contains("/srv/clinica");
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.load(Locale.ENGLISH).get("no.such.key")).isEqualTo("no.such.key");
    }
}
