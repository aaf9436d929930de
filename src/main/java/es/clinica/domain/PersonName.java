package es.clinica.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's name as typed: given names (one or several, a space inside is kept), a first surname
 * and an optional second surname. The text is stored exactly as typed, trimmed at the ends; only
 * the search column folds it ({@link SearchText}).
 *
 * @param givenNames never blank, at most {@link #MAX_LENGTH} characters
 * @param firstSurname never blank, at most {@link #MAX_LENGTH} characters
 * @param secondSurname may be empty
 */
public record PersonName(String givenNames, String firstSurname, Optional<String> secondSurname) {

    /** The longest name part accepted. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Cn}]");

    public PersonName {
        givenNames = required(givenNames, "givenNames");
        firstSurname = required(firstSurname, "firstSurname");
        secondSurname =
                secondSurname == null
                        ? Optional.empty()
                        : secondSurname
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .map(s -> checked(s, "secondSurname"));
    }

    /** A name; {@code secondSurname} may be {@code null} or blank when there is none. */
    public static PersonName of(String givenNames, String firstSurname, String secondSurname) {
        return new PersonName(givenNames, firstSurname, Optional.ofNullable(secondSurname));
    }

    /** The surnames then the given names, as a clinic lists people: "García López, María". */
    public String sortable() {
        return firstSurname + secondSurname.map(s -> " " + s).orElse("") + ", " + givenNames;
    }

    /** The name as it is spoken: "María García López". */
    public String display() {
        return givenNames + " " + firstSurname + secondSurname.map(s -> " " + s).orElse("");
    }

    /** The folded text this name is found by. */
    public String searchText() {
        return SearchText.foldAll(givenNames, firstSurname, secondSurname.orElse(""));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("person.name.required", field);
        }
        return checked(value.strip(), field);
    }

    private static String checked(String value, String field) {
        if (value.length() > MAX_LENGTH) {
            throw new RuleViolation("person.name.tooLong", field, MAX_LENGTH);
        }
        if (CONTROL.matcher(value).find()) {
            throw new RuleViolation("person.name.invalidCharacters", field);
        }
        return value;
    }
}
