package es.clinica.store.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import es.clinica.domain.BundleReadResult;
import es.clinica.domain.ImportIssue;
import es.clinica.domain.ImportIssue.Kind;
import es.clinica.domain.ImportedAllergy;
import es.clinica.domain.ImportedCondition;
import es.clinica.domain.ImportedPatient;
import es.clinica.domain.ImportedPatient.Gender;
import es.clinica.domain.SourceIdentifier;
import es.clinica.service.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FhirBundleReaderTest {

    private static final FhirBundleReader READER = new FhirBundleReader();
    private static BundleReadResult transaction;
    private static BundleReadResult batch;
    private static BundleReadResult collection;

    @BeforeAll
    static void readBundles() {
        transaction = read("transaction-two-patients.json");
        batch = read("batch-with-unreadable-resources.json");
        collection = read("collection-deceased-without-identifier.json");
    }

    @Test
    void givenNameHoldingASpaceStaysOneNameAndTitlesAreLeftOut() {
        ImportedPatient maria = patient(transaction, "Echevarría Núñez");

        assertThat(maria.givenNames()).containsExactly("María Luisa");
        assertThat(maria.givenName()).isEqualTo("María Luisa");
        assertThat(maria.givenName() + " " + maria.surnames()).doesNotContain("Mrs", "PhD");
    }

    @Test
    void maidenSurnameIsKeptWithItsApostrophe() {
        ImportedPatient maria = patient(transaction, "Echevarría Núñez");

        assertThat(maria.maidenSurname()).contains("O'Connor");
    }

    @Test
    void patientKeepsEveryIdentifierAndIsRecognisedBySyntheasOwn() {
        ImportedPatient maria = patient(transaction, "Echevarría Núñez");

        assertThat(maria.sourceIdentifier())
                .isEqualTo(
                        new SourceIdentifier(
                                "https://github.com/synthetichealth/synthea",
                                "11111111-0000-4000-8000-000000000001"));
        assertThat(maria.identifiers())
                .extracting(SourceIdentifier::value)
                .containsExactly("11111111-0000-4000-8000-000000000001", "MR-0042");
    }

    @Test
    void contactDataAndAddressAreReadAsTyped() {
        ImportedPatient maria = patient(transaction, "Echevarría Núñez");

        assertThat(maria.birthDate()).contains(LocalDate.of(1973, 8, 1));
        assertThat(maria.gender()).isEqualTo(Gender.FEMALE);
        assertThat(maria.deceased()).isFalse();
        assertThat(maria.phone()).contains("+34 600 123 456");
        assertThat(maria.email()).contains("mluisa@example.org");
        assertThat(maria.address())
                .hasValueSatisfying(
                        address -> {
                            assertThat(address.lines())
                                    .containsExactly("Calle de la Paz 7", "3º B");
                            assertThat(address.city()).contains("Logroño");
                            assertThat(address.postalCode()).contains("01742");
                            assertThat(address.country()).contains("ES");
                        });
    }

    @Test
    void syntheaDigitsAreDroppedFromEveryNamePart() {
        ImportedPatient jose = patient(transaction, "Pérez");

        assertThat(jose.givenNames()).containsExactly("José", "Ángel");
        assertThat(jose.givenName()).isEqualTo("José Ángel");
    }

    @Test
    void missingPostalCodeIsEmptyNotInvented() {
        ImportedPatient jose = patient(transaction, "Pérez");

        assertThat(jose.address()).hasValueSatisfying(a -> assertThat(a.postalCode()).isEmpty());
        assertThat(jose.address().get().city()).contains("Yarmouth");
    }

    @Test
    void deceasedDateIsTheDayAsWrittenInTheFile() {
        ImportedPatient jose = patient(transaction, "Pérez");

        assertThat(jose.deceased()).isTrue();
        assertThat(jose.deceasedDate()).contains(LocalDate.of(2020, 3, 4));
        assertThat(jose.birthDate()).contains(LocalDate.of(1940, 2, 29));
    }

    @Test
    void allergyListedBeforeItsPatientIsLinkedWithAllItsDetails() {
        ImportedPatient maria = patient(transaction, "Echevarría Núñez");

        assertThat(maria.allergies()).hasSize(1);
        ImportedAllergy peanut = maria.allergies().get(0);
        assertThat(peanut.substance()).isEqualTo("Cacahuete");
        assertThat(peanut.code()).contains("91935009");
        assertThat(peanut.system()).contains("http://snomed.info/sct");
        assertThat(peanut.category()).contains("food");
        assertThat(peanut.criticality()).contains("high");
        assertThat(peanut.clinicalStatus()).contains("active");
        assertThat(peanut.recordedDate()).contains(LocalDate.of(2010, 5, 31));
        assertThat(peanut.reactions())
                .containsExactly(
                        new ImportedAllergy.Reaction(
                                List.of("Anaphylaxis"), Optional.of("severe")));
    }

    @Test
    void conditionLinkedByRelativeReferenceKeepsCodeDisplayOnsetAndStatus() {
        ImportedPatient jose = patient(transaction, "Pérez");

        assertThat(jose.conditions())
                .containsExactly(
                        new ImportedCondition(
                                Optional.of("44054006"),
                                Optional.of("http://snomed.info/sct"),
                                "Diabetes mellitus type 2",
                                Optional.of(LocalDate.of(1990, 6, 15)),
                                Optional.of("resolved")));
        assertThat(patient(transaction, "Echevarría Núñez").conditions()).isEmpty();
    }

    @Test
    void otherResourceTypesAreCountedByTypeAndSkipped() {
        assertThat(transaction.skippedByType()).isEqualTo(Map.of("Claim", 1, "Observation", 2));
        assertThat(transaction.skippedCount()).isEqualTo(3);
        assertThat(transaction.resourceCount()).isEqualTo(7);
        assertThat(transaction.issues()).isEmpty();
        assertThat(transaction.allergyCount()).isEqualTo(1);
        assertThat(transaction.conditionCount()).isEqualTo(1);
    }

    @Test
    void unreadableResourcesAreReportedWithTheirPlaceAndTheRestIsKept() {
        ImportedPatient inigo = patient(batch, "Ibáñez");

        assertThat(inigo.givenName()).isEqualTo("Íñigo");
        assertThat(inigo.conditions())
                .extracting(ImportedCondition::code)
                .containsExactly(Optional.of("E11.9"));
        assertThat(inigo.conditions().get(0).onsetDate()).contains(LocalDate.of(2015, 1, 20));
        assertThat(inigo.allergies())
                .extracting(ImportedAllergy::substance)
                .containsExactly("Penicillin G");
        assertThat(batch.patients()).hasSize(1);
        assertThat(batch.issues())
                .extracting(ImportIssue::place, ImportIssue::kind)
                .containsExactly(
                        tuple(
                                "entry[2] (AllergyIntolerance bad-criticality)",
                                Kind.UNREADABLE_RESOURCE),
                        tuple("entry[3] (Condition stu3-shape)", Kind.UNREADABLE_RESOURCE),
                        tuple("entry[4] (AllergyIntolerance no-substance)", Kind.MISSING_DATA),
                        tuple("entry[5] (AllergyIntolerance stranger)", Kind.PATIENT_NOT_IN_FILE),
                        tuple("entry[6] (Patient bad-gender)", Kind.UNREADABLE_RESOURCE),
                        tuple(
                                "entry[7] (AllergyIntolerance of-unreadable-patient)",
                                Kind.PATIENT_NOT_IN_FILE));
    }

    @Test
    void issueNamesTheFileAndSaysWhy() {
        assertThat(batch.issues())
                .allSatisfy(
                        i ->
                                assertThat(i.file())
                                        .isEqualTo("batch-with-unreadable-resources.json"));
        assertThat(batch.issues().get(0).reason()).contains("very-high");
        assertThat(batch.issues().get(2).reason()).contains("substance");
        assertThat(batch.issues().get(5).reason()).contains("entry[6]");
    }

    @Test
    void patientWithoutIdentifierIsRecognisedByItsEntryUrl() {
        ImportedPatient mathilda = patient(collection, "O'Keefe");

        assertThat(mathilda.sourceIdentifier())
                .isEqualTo(
                        new SourceIdentifier(
                                "urn:ietf:rfc:3986",
                                "urn:uuid:33333333-0000-4000-8000-000000000003"));
        assertThat(mathilda.identifiers()).isEmpty();
    }

    @Test
    void deceasedFlagWithoutDateAndBirthMonthOnlyGiveNoDates() {
        ImportedPatient mathilda = patient(collection, "O'Keefe");

        assertThat(mathilda.deceased()).isTrue();
        assertThat(mathilda.deceasedDate()).isEmpty();
        assertThat(mathilda.birthDate()).isEmpty();
        assertThat(mathilda.address()).isEmpty();
    }

    @Test
    void patientWithoutNameIsReportedAndSkipped() {
        assertThat(collection.patients()).hasSize(1);
        assertThat(collection.skippedByType()).isEqualTo(Map.of("Encounter", 1));
        assertThat(collection.issues())
                .singleElement()
                .satisfies(
                        issue -> {
                            assertThat(issue.place()).isEqualTo("entry[2] (Patient nameless)");
                            assertThat(issue.kind()).isEqualTo(Kind.MISSING_DATA);
                        });
    }

    @Test
    void oddShapesAreReportedOrReadWithoutStoppingTheFile() {
        String bundle =
                """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient", "id": "a", "name": "Ana López"}},
                  {"resource": {"resourceType": "Patient", "id": "b", "birthDate": 1985,
                                "name": [{"family": "B"}]}},
                  {"resource": {"resourceType": "Patient", "id": "c", "gender": {"code": "male"},
                                "name": [{"family": "C"}]}},
                  {"resource": {"resourceType": "Condition", "id": "d", "code": {"text": "X"},
                                "subject": {"reference": "Patient/ok"}, "onsetDateTime": "yesterday"}},
                  {"resource": {"resourceType": "AllergyIntolerance", "id": "e", "reaction": [1, 2]}},
                  {"resource": "not a resource"},
                  {"resource": {"resourceType": "Patient", "id": "ok",
                                "identifier": [{"value": "OK-1"}], "name": [{"family": "Bien"}]}}
                ]}
                """;

        BundleReadResult result = readText(bundle, "odd.json");

        assertThat(result.patients())
                .extracting(ImportedPatient::surnames)
                .containsExactly("B", "C", "Bien");
        assertThat(patient(result, "B").birthDate()).as("a bare year is no birth date").isEmpty();
        assertThat(patient(result, "C").gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(result.issues())
                .extracting(ImportIssue::place)
                .containsExactly(
                        "entry[0] (Patient a)",
                        "entry[3] (Condition d)",
                        "entry[4] (AllergyIntolerance e)",
                        "entry[5] (?)");
        assertThat(result.resourceCount()).isEqualTo(7);
    }

    @Test
    void fileThatIsNotJsonGetsOneClearError() {
        assertThatThrownBy(() -> read("not-fhir.csv"))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("import.file.notFhir");
                            assertThat(e.arguments()).containsExactly("not-fhir.csv");
                        });
    }

    @Test
    void jsonThatIsNotABundleGetsTheSameError() {
        assertThatThrownBy(() -> read("single-patient-not-bundle.json"))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("import.file.notFhir");
                            assertThat(e.arguments())
                                    .containsExactly("single-patient-not-bundle.json");
                        });
    }

    @Test
    void emptyOrTruncatedFileIsNotFhir() {
        assertThatThrownBy(() -> readText("", "empty.json"))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.notFhir");
        assertThatThrownBy(
                        () -> readText("{\"resourceType\": \"Bundle\", \"entry\": [", "cut.json"))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.notFhir");
        assertThatThrownBy(() -> readText("{\"resourceType\": \"Bundle\"} trailing", "tail.json"))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.notFhir");
    }

    @Test
    void bundleWithoutEntriesReadsAsEmpty() {
        BundleReadResult empty =
                readText(
                        "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}",
                        "empty-bundle.json");

        assertThat(empty.patients()).isEmpty();
        assertThat(empty.resourceCount()).isZero();
        assertThat(empty.issues()).isEmpty();
    }

    @Test
    void missingFileIsUnreadable() {
        assertThatThrownBy(
                        () -> READER.read(java.nio.file.Path.of("target", "no-such-bundle.json")))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.unreadable");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static ImportedPatient patient(BundleReadResult result, String surnames) {
        return result.patients().stream()
                .filter(p -> p.surnames().equals(surnames))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "No patient " + surnames + " in " + result.patients()));
    }

    private static BundleReadResult readText(String content, String name) {
        return READER.read(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static BundleReadResult read(String resource) {
        try (InputStream in = FhirBundleReaderTest.class.getResourceAsStream("/fhir/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return READER.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
