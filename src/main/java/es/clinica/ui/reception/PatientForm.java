package es.clinica.ui.reception;

import es.clinica.domain.Address;
import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Condition;
import es.clinica.domain.EmergencyContact;
import es.clinica.domain.NationalId;
import es.clinica.domain.NationalIdType;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientProfile;
import es.clinica.domain.PersonName;
import es.clinica.domain.RuleViolation;
import es.clinica.domain.Sex;
import es.clinica.service.ProfileData;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.reception.RegistrationDraft.TypedAllergy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * What the patient form holds: core data and the extended profile, as typed, and the message shown
 * beside each field. It survives a failed save untouched, and a language switch (the view is
 * rebuilt over it).
 */
public final class PatientForm {

    /** The fields a message can be shown beside (the refusals' field names). */
    public static final List<String> FIELDS =
            List.of(
                    "nationalId",
                    "givenNames",
                    "firstSurname",
                    "secondSurname",
                    "dateOfBirth",
                    "phone",
                    "email",
                    "allergies",
                    "conditions",
                    "emergencyContact",
                    "freeNotes");

    private final Localization localization;
    private final ObjectProperty<NationalIdType> idType =
            new SimpleObjectProperty<>(NationalIdType.DNI);
    private final StringProperty nationalId = new SimpleStringProperty("");
    private final StringProperty givenNames = new SimpleStringProperty("");
    private final StringProperty firstSurname = new SimpleStringProperty("");
    private final StringProperty secondSurname = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(Sex.UNKNOWN);
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObservableList<Allergy> allergies = FXCollections.observableArrayList();
    private final StringProperty allergySubstance = new SimpleStringProperty("");
    private final StringProperty allergyReaction = new SimpleStringProperty("");
    private final ObjectProperty<AllergySeverity> allergySeverity =
            new SimpleObjectProperty<>(AllergySeverity.UNKNOWN);
    private final ObservableList<Condition> conditions = FXCollections.observableArrayList();
    private final StringProperty conditionText = new SimpleStringProperty("");
    private final StringProperty addressLines = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty contactRelation = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty freeNotes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Optional<String> maidenName = Optional.empty();

    PatientForm(Localization localization) {
        this.localization = localization;
    }

    /** Empties every field and message, for a new patient. */
    void clear() {
        idType.set(NationalIdType.DNI);
        List.of(nationalId, givenNames, firstSurname, secondSurname, phone, email)
                .forEach(p -> p.set(""));
        dateOfBirth.set(null);
        sex.set(Sex.UNKNOWN);
        clearProfile();
        errors.clear();
    }

    /** Empties the profile part, before a patient's profile arrives. */
    void clearProfile() {
        allergies.clear();
        conditions.clear();
        List.of(allergySubstance, allergyReaction, conditionText, freeNotes)
                .forEach(p -> p.set(""));
        allergySeverity.set(AllergySeverity.UNKNOWN);
        List.of(addressLines, city, postalCode, province, country).forEach(p -> p.set(""));
        List.of(contactName, contactRelation, contactPhone).forEach(p -> p.set(""));
        maidenName = Optional.empty();
    }

    /** Shows a registered patient's core data. */
    void fill(Patient patient) {
        PatientData data = patient.data();
        idType.set(data.nationalId().map(NationalId::type).orElse(NationalIdType.DNI));
        nationalId.set(data.nationalId().map(NationalId::value).orElse(""));
        givenNames.set(data.name().givenNames());
        firstSurname.set(data.name().firstSurname());
        secondSurname.set(data.name().secondSurname().orElse(""));
        dateOfBirth.set(data.dateOfBirth());
        sex.set(data.sex());
        phone.set(data.phone().orElse(""));
        email.set(data.email().orElse(""));
        errors.clear();
    }

    /** Shows a patient's profile. */
    void fill(PatientProfile profile) {
        allergies.setAll(profile.allergies());
        conditions.setAll(profile.conditions());
        freeNotes.set(profile.freeNotes());
        maidenName = profile.maidenName();
        profile.address().ifPresent(this::fillAddress);
        profile.emergencyContact().ifPresent(this::fillContact);
    }

    private void fillAddress(Address address) {
        addressLines.set(String.join("\n", address.lines()));
        city.set(address.city().orElse(""));
        postalCode.set(address.postalCode().orElse(""));
        province.set(address.province().orElse(""));
        country.set(address.country().orElse(""));
    }

    private void fillContact(EmergencyContact contact) {
        contactName.set(contact.name());
        contactRelation.set(contact.relation().orElse(""));
        contactPhone.set(contact.phone().orElse(""));
    }

    /**
     * Adds the allergy typed in the small editor and empties it.
     *
     * @return false (with a message beside the allergies) when no substance was typed
     */
    boolean addAllergy() {
        if (allergySubstance.get().isBlank()) {
            errors.put("allergies", localization.get("reception.allergy.substanceRequired"));
            return false;
        }
        allergies.add(
                Allergy.of(
                        allergySubstance.get().strip(),
                        blankToNull(allergyReaction.get()),
                        allergySeverity.get(),
                        null));
        allergySubstance.set("");
        allergyReaction.set("");
        allergySeverity.set(AllergySeverity.UNKNOWN);
        errors.remove("allergies");
        return true;
    }

    /** Adds the condition typed, if any, and empties the field. */
    boolean addCondition() {
        if (conditionText.get().isBlank()) {
            return false;
        }
        conditions.add(
                new Condition(
                        Optional.empty(),
                        Optional.empty(),
                        conditionText.get().strip(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        conditionText.set("");
        return true;
    }

    /**
     * The core data, checked by the domain's rules; each refusal is put beside its field.
     *
     * @return empty when something is missing or wrong
     */
    Optional<PatientData> patientData() {
        boolean complete =
                required(nationalId.get(), "nationalId", "patient.nationalId.required")
                        & required(givenNames.get(), "givenNames", "person.name.required")
                        & required(firstSurname.get(), "firstSurname", "person.name.required")
                        & (dateOfBirth.get() != null
                                || refuse("dateOfBirth", "patient.dateOfBirth.required"));
        if (!complete) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    PatientData.of(
                            NationalId.of(idType.get(), nationalId.get()),
                            PersonName.of(
                                    givenNames.get(), firstSurname.get(), secondSurname.get()),
                            dateOfBirth.get(),
                            sex.get(),
                            blankToNull(phone.get()),
                            blankToNull(email.get())));
        } catch (RuleViolation e) {
            refuse(e.field().orElse("form"), e.messageKey(), e.arguments().toArray());
            return Optional.empty();
        }
    }

    /**
     * The profile as typed.
     *
     * @return empty when the emergency contact has details but no name (told beside it)
     */
    Optional<ProfileData> profileData() {
        if (contactName.get().isBlank()
                && !(contactRelation.get().isBlank() && contactPhone.get().isBlank())) {
            refuse("emergencyContact", "reception.contact.nameRequired");
            return Optional.empty();
        }
        return Optional.of(
                new ProfileData(
                        List.copyOf(allergies),
                        List.copyOf(conditions),
                        address(),
                        contact(),
                        freeNotes.get(),
                        maidenName));
    }

    private Optional<Address> address() {
        List<String> lines =
                Arrays.stream(addressLines.get().split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        Address address =
                new Address(
                        lines,
                        optional(city.get()),
                        optional(postalCode.get()),
                        optional(province.get()),
                        optional(country.get()));
        boolean empty =
                lines.isEmpty()
                        && address.city().isEmpty()
                        && address.postalCode().isEmpty()
                        && address.province().isEmpty()
                        && address.country().isEmpty();
        return empty ? Optional.empty() : Optional.of(address);
    }

    private Optional<EmergencyContact> contact() {
        if (contactName.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new EmergencyContact(
                        contactName.get().strip(),
                        optional(contactRelation.get()),
                        optional(contactPhone.get())));
    }

    /** The text fields by name, as the journal keeps them. */
    private Map<String, StringProperty> texts() {
        Map<String, StringProperty> texts = new LinkedHashMap<>();
        texts.put("nationalId", nationalId);
        texts.put("givenNames", givenNames);
        texts.put("firstSurname", firstSurname);
        texts.put("secondSurname", secondSurname);
        texts.put("phone", phone);
        texts.put("email", email);
        texts.put("allergySubstance", allergySubstance);
        texts.put("allergyReaction", allergyReaction);
        texts.put("conditionText", conditionText);
        texts.put("addressLines", addressLines);
        texts.put("city", city);
        texts.put("postalCode", postalCode);
        texts.put("province", province);
        texts.put("country", country);
        texts.put("contactName", contactName);
        texts.put("contactRelation", contactRelation);
        texts.put("contactPhone", contactPhone);
        texts.put("freeNotes", freeNotes);
        return texts;
    }

    /** Everything the user can change in the form, to listen to. */
    List<Observable> parts() {
        List<Observable> parts = new ArrayList<>(texts().values());
        parts.addAll(List.of(idType, dateOfBirth, sex, allergySeverity, allergies, conditions));
        return parts;
    }

    /**
     * An immutable copy of what is typed, for the journal.
     *
     * @return empty while the form is as a new patient starts it (nothing typed)
     */
    Optional<RegistrationDraft> draft(Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        texts().forEach(
                        (name, text) -> {
                            if (text.get() != null && !text.get().isEmpty()) {
                                fields.put(name, text.get());
                            }
                        });
        boolean typed = !fields.isEmpty() || !allergies.isEmpty() || !conditions.isEmpty();
        if (dateOfBirth.get() != null) {
            fields.put("dateOfBirth", dateOfBirth.get().toString());
            typed = true;
        }
        if (!typed) {
            return Optional.empty();
        }
        fields.put("idType", idType.get().name());
        fields.put("sex", sex.get().name());
        fields.put("allergySeverity", allergySeverity.get().name());
        return Optional.of(
                new RegistrationDraft(
                        fields,
                        allergies.stream()
                                .map(
                                        a ->
                                                new TypedAllergy(
                                                        a.substance(), a.reaction(), a.severity()))
                                .toList(),
                        conditions.stream().map(Condition::display).toList(),
                        at));
    }

    /** Puts a journaled form back, as it was typed. */
    void restore(RegistrationDraft draft) {
        clear();
        texts().forEach((name, text) -> text.set(draft.field(name).orElse("")));
        draft.field("idType").map(NationalIdType::valueOf).ifPresent(idType::set);
        draft.field("sex").map(Sex::valueOf).ifPresent(sex::set);
        draft.field("allergySeverity")
                .map(AllergySeverity::valueOf)
                .ifPresent(allergySeverity::set);
        dateOfBirth.set(draft.field("dateOfBirth").map(LocalDate::parse).orElse(null));
        allergies.setAll(
                draft.allergies().stream()
                        .map(
                                a ->
                                        Allergy.of(
                                                a.substance(),
                                                a.reaction().orElse(null),
                                                a.severity(),
                                                null))
                        .toList());
        conditions.setAll(
                draft.conditions().stream()
                        .map(
                                text ->
                                        new Condition(
                                                Optional.empty(),
                                                Optional.empty(),
                                                text,
                                                Optional.empty(),
                                                Optional.empty(),
                                                Optional.empty()))
                        .toList());
    }

    /** Puts a refusal's localized message beside its field. */
    boolean refuse(String field, String key, Object... arguments) {
        errors.put(field, localization.get(key, arguments));
        return false;
    }

    private boolean required(String value, String field, String key) {
        return !value.isBlank() || refuse(field, key);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<String> optional(String text) {
        return Optional.ofNullable(blankToNull(text));
    }

    public ObjectProperty<NationalIdType> idTypeProperty() {
        return idType;
    }

    public StringProperty nationalIdProperty() {
        return nationalId;
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty firstSurnameProperty() {
        return firstSurname;
    }

    public StringProperty secondSurnameProperty() {
        return secondSurname;
    }

    public ObjectProperty<LocalDate> dateOfBirthProperty() {
        return dateOfBirth;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObservableList<Allergy> allergies() {
        return allergies;
    }

    public StringProperty allergySubstanceProperty() {
        return allergySubstance;
    }

    public StringProperty allergyReactionProperty() {
        return allergyReaction;
    }

    public ObjectProperty<AllergySeverity> allergySeverityProperty() {
        return allergySeverity;
    }

    public ObservableList<Condition> conditions() {
        return conditions;
    }

    public StringProperty conditionTextProperty() {
        return conditionText;
    }

    public StringProperty addressLinesProperty() {
        return addressLines;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactRelationProperty() {
        return contactRelation;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty freeNotesProperty() {
        return freeNotes;
    }

    /** Field name to the message shown beside it; a field without a message is absent. */
    public ObservableMap<String, String> errors() {
        return errors;
    }
}
