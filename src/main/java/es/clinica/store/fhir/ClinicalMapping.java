package es.clinica.store.fhir;

import static es.clinica.store.fhir.FhirValues.day;
import static es.clinica.store.fhir.FhirValues.firstCoded;
import static es.clinica.store.fhir.FhirValues.readable;
import static es.clinica.store.fhir.FhirValues.statusCode;
import static es.clinica.store.fhir.FhirValues.text;

import es.clinica.domain.ImportedAllergy;
import es.clinica.domain.ImportedCondition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceReactionComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** Maps FHIR R4 AllergyIntolerance and Condition resources to what Clinica imports of them. */
final class ClinicalMapping {

    private ClinicalMapping() {}

    /**
     * @throws MissingDataException when the allergy names no substance
     */
    static ImportedAllergy allergy(AllergyIntolerance allergy) {
        CodeableConcept code = allergy.getCode();
        String substance =
                readable(code)
                        .orElseThrow(
                                () -> new MissingDataException("the allergy names no substance"));
        Optional<Coding> coding = firstCoded(code);
        return new ImportedAllergy(
                substance,
                coding.map(Coding::getCode),
                coding.flatMap(c -> text(c.getSystem())),
                allergy.getCategory().stream().flatMap(c -> text(c).stream()).findFirst(),
                text(allergy.getCriticalityElement()),
                statusCode(allergy.getClinicalStatus()),
                day(allergy.getRecordedDateElement()),
                allergy.getReaction().stream().map(ClinicalMapping::reaction).toList());
    }

    private static ImportedAllergy.Reaction reaction(AllergyIntoleranceReactionComponent reaction) {
        List<String> manifestations =
                reaction.getManifestation().stream().flatMap(m -> readable(m).stream()).toList();
        return new ImportedAllergy.Reaction(manifestations, text(reaction.getSeverityElement()));
    }

    /**
     * @throws MissingDataException when the condition has neither code nor text
     */
    static ImportedCondition condition(Condition condition) {
        CodeableConcept code = condition.getCode();
        Optional<Coding> coding = firstCoded(code);
        String display =
                coding.flatMap(c -> text(c.getDisplay()))
                        .or(() -> readable(code))
                        .orElseThrow(() -> new MissingDataException("the condition has no code"));
        return new ImportedCondition(
                coding.map(Coding::getCode),
                coding.flatMap(c -> text(c.getSystem())),
                display,
                onset(condition.getOnset()),
                statusCode(condition.getClinicalStatus()));
    }

    private static Optional<LocalDate> onset(Type onset) {
        if (onset instanceof DateTimeType dateTime) {
            return day(dateTime);
        }
        if (onset instanceof Period period) {
            return day(period.getStartElement());
        }
        return Optional.empty();
    }
}
