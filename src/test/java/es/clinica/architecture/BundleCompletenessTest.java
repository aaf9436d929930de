package es.clinica.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every visible text comes from the bundles, and the bundles are complete in both languages: the
 * same keys in English and Spanish, no empty text, every {@code %key} of every FXML defined, no
 * literal text or inline style in FXML, and every message key the exception family is thrown with
 * defined.
 */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path ENGLISH = RESOURCES.resolve("es/clinica/i18n/messages.properties");
    private static final Path SPANISH = RESOURCES.resolve("es/clinica/i18n/messages_es.properties");
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of(
                    "text",
                    "promptText",
                    "title",
                    "headerText",
                    "contentText",
                    "accessibleText",
                    "accessibleHelp",
                    "accessibleRoleDescription");
    private static final Pattern FX_ID = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+");
    private static final Pattern THROWN_KEY =
            Pattern.compile(
                    "new (?:Conflict|NotFound|Unavailable|InvalidInput)Exception\\(\\s*\"([^\"]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = read(ENGLISH).stringPropertyNames();
        Set<String> spanish = read(SPANISH).stringPropertyNames();

        assertThat(difference(english, spanish)).as("keys missing in Spanish").isEmpty();
        assertThat(difference(spanish, english)).as("keys missing in English").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (Path bundle : List.of(ENGLISH, SPANISH)) {
            Properties texts = read(bundle);
            assertThat(texts.stringPropertyNames())
                    .as("keys with an empty text in %s", bundle)
                    .filteredOn(key -> texts.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Path bundle : List.of(ENGLISH, SPANISH)) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                    keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                }
            }
            Set<String> seen = new HashSet<>();
            assertThat(keys)
                    .as("keys defined twice in %s", bundle)
                    .filteredOn(k -> !seen.add(k))
                    .isEmpty();
        }
    }

    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (Path bundle : List.of(ENGLISH, SPANISH)) {
            Properties texts = read(bundle);
            assertThat(texts.stringPropertyNames())
                    .as("MessageFormat texts with a single apostrophe in %s", bundle)
                    .filteredOn(key -> texts.getProperty(key).contains("{0}"))
                    .filteredOn(key -> loneApostrophe.matcher(texts.getProperty(key)).find())
                    .isEmpty();
        }
    }

    @Test
    void everyFxmlKeyIsDefined() throws Exception {
        Set<String> keys = read(ENGLISH).stringPropertyNames();
        for (Path fxml : fxmlFiles()) {
            assertThat(
                            attributes(fxml).stream()
                                    .map(Node::getNodeValue)
                                    .filter(value -> value.startsWith("%"))
                                    .map(value -> value.substring(1)))
                    .as("undefined %%keys in %s", fxml)
                    .allMatch(keys::contains);
        }
    }

    @Test
    void fxmlShowsNoLiteralTextAndNoInlineStyle() throws Exception {
        for (Path fxml : fxmlFiles()) {
            List<String> offending =
                    attributes(fxml).stream()
                            .filter(BundleCompletenessTest::isLiteralTextOrStyle)
                            .map(a -> a.getNodeName() + "=\"" + a.getNodeValue() + "\"")
                            .collect(Collectors.toList());
            assertThat(offending).as("literal texts or styles in %s", fxml).isEmpty();
        }
    }

    @Test
    void everyFxmlNamesItsControllerAndItsIdsArePurposePlusWidget() throws Exception {
        for (Path fxml : fxmlFiles()) {
            Element root = parse(fxml).getDocumentElement();
            assertThat(root.getAttribute("fx:controller"))
                    .as("fx:controller of %s", fxml)
                    .isNotBlank();
            assertThat(
                            attributes(fxml).stream()
                                    .filter(a -> a.getNodeName().equals("fx:id"))
                                    .map(Node::getNodeValue))
                    .as("fx:ids in %s", fxml)
                    .allMatch(id -> FX_ID.matcher(id).matches());
        }
    }

    @Test
    void everyKeyTheExceptionsAreThrownWithIsDefined() throws IOException {
        Set<String> keys = read(ENGLISH).stringPropertyNames();
        Set<String> thrown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = THROWN_KEY.matcher(Files.readString(java));
                while (matcher.find()) {
                    thrown.add(matcher.group(1));
                }
            }
        }
        assertThat(thrown)
                .as("message keys thrown in the code but not in the bundles")
                .allMatch(keys::contains);
    }

    private static boolean isLiteralTextOrStyle(Node attribute) {
        String name = attribute.getNodeName();
        String value = attribute.getNodeValue();
        boolean literalText =
                TEXT_ATTRIBUTES.contains(name) && !value.isEmpty() && !value.startsWith("%");
        return literalText || name.equals("style");
    }

    private static Properties read(Path bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> missing = new TreeSet<>(left);
        missing.removeAll(right);
        return missing;
    }

    private static List<Path> fxmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".fxml")).toList();
            assertThat(found).as("FXML files under %s", RESOURCES).isNotEmpty();
            return found;
        }
    }

    private static List<Node> attributes(Path fxml)
            throws IOException, SAXException, ParserConfigurationException {
        List<Node> all = new ArrayList<>();
        NodeList elements = parse(fxml).getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            NamedNodeMap attributes = elements.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                all.add(attributes.item(j));
            }
        }
        return all;
    }

    private static Document parse(Path fxml)
            throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(fxml.toFile());
    }
}
