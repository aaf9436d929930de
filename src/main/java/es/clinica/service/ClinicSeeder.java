package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.CatalogItem;
import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.InvoiceTotals;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientProfile;
import es.clinica.service.port.AppointmentRepository;
import es.clinica.service.port.CatalogRepository;
import es.clinica.service.port.DoctorRepository;
import es.clinica.service.port.InvoiceRepository;
import es.clinica.service.port.NoteRepository;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.ProfileRepository;
import es.clinica.service.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Fills the stores with a synthetic clinic ({@link SyntheticClinic}) for demos and benchmarks.
 *
 * <p>Profiles are written straight to MongoDB in bulk after each committed batch of patients, not
 * through the outbox: the outbox would triple the PostgreSQL work of a 100,000-patient seed (row,
 * claim, mark) for data that is made up and can be made again. If MongoDB fails midway the command
 * fails and says so; the patients committed so far have no profile, which {@code check} does not
 * count as an inconsistency (a missing profile is an empty one).
 *
 * <p>With history, the year before today is filled too ({@link ClinicHistory}): each month's
 * appointments and issued invoices in one PostgreSQL transaction, then that month's signed notes in
 * one MongoDB bulk insert. Invoices are numbered in issue order after whatever the series already
 * holds. The same seed makes the same history for the same day it is run.
 */
public final class ClinicSeeder {

    /** Told after each batch. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * What a seed made.
     *
     * @param patients patients stored
     * @param allergies allergies in their profiles
     * @param took wall time of the patients and profiles (the history's is its own)
     * @param cancelled stopped before the end; what was counted is stored
     */
    public record SeedSummary(
            int patients,
            int allergies,
            Duration took,
            boolean cancelled,
            HistorySummary history) {}

    /**
     * What a seed's history made.
     *
     * @param appointments appointments of the past year, all statuses
     * @param notes signed notes of the completed ones
     * @param invoices issued invoices
     * @param took wall time of the history alone
     */
    public record HistorySummary(int appointments, int notes, int invoices, Duration took) {
        static final HistorySummary NONE = new HistorySummary(0, 0, 0, Duration.ZERO);

        HistorySummary plus(int moreAppointments, int moreNotes, int moreInvoices) {
            return new HistorySummary(
                    appointments + moreAppointments,
                    notes + moreNotes,
                    invoices + moreInvoices,
                    took);
        }
    }

    /**
     * The stores and settings a history needs.
     *
     * @param hours opening hours the slots are cut from
     * @param zone the clinic's zone
     */
    public record HistoryStores(
            Transactions transactions,
            DoctorRepository doctors,
            CatalogRepository catalog,
            AppointmentRepository appointments,
            InvoiceRepository invoices,
            NoteRepository notes,
            ClinicHours hours,
            ZoneId zone) {}

    private static final int BATCH = 1_000;

    private final AccessControl access;
    private final PatientRepository patients;
    private final ProfileRepository profiles;
    private final Clock clock;
    private final Optional<HistoryStores> historyStores;

    /** A seeder of patients and profiles only. */
    public ClinicSeeder(
            AccessControl access,
            PatientRepository patients,
            ProfileRepository profiles,
            Clock clock) {
        this(access, patients, profiles, clock, null);
    }

    /** A seeder that can also make a year of history; {@code history} may be null. */
    public ClinicSeeder(
            AccessControl access,
            PatientRepository patients,
            ProfileRepository profiles,
            Clock clock,
            HistoryStores history) {
        this.access = access;
        this.patients = patients;
        this.profiles = profiles;
        this.clock = clock;
        this.historyStores = Optional.ofNullable(history);
    }

    /**
     * Stores {@code count} synthetic patients of this seed with their profiles.
     *
     * @throws ConflictException {@code patient.nationalId.duplicate} when the database already
     *     holds one of them (seeding the same seed twice); the batch is not stored
     */
    public SeedSummary seed(int count, long seed, Progress progress, BooleanSupplier cancelled) {
        return seed(count, seed, false, progress, cancelled);
    }

    /**
     * Stores {@code count} synthetic patients of this seed with their profiles and, when {@code
     * withHistory}, a year of their appointments, notes and invoices up to yesterday. Progress
     * counts patients, then history days.
     *
     * @throws IllegalStateException when asked for history by a seeder built without its stores
     * @throws ConflictException {@code patient.nationalId.duplicate} when the database already
     *     holds one of them (seeding the same seed twice); the batch is not stored
     */
    public SeedSummary seed(
            int count,
            long seed,
            boolean withHistory,
            Progress progress,
            BooleanSupplier cancelled) {
        access.require(Permission.DATA_IMPORT);
        if (withHistory && historyStores.isEmpty()) {
            throw new IllegalStateException("This seeder was built without the history's stores");
        }
        Instant start = Instant.now();
        SyntheticClinic clinic = new SyntheticClinic(seed);
        long[] ids = new long[count];
        int done = 0;
        int allergies = 0;
        while (done < count) {
            if (cancelled.getAsBoolean()) {
                return new SeedSummary(done, allergies, since(start), true, HistorySummary.NONE);
            }
            int size = Math.min(BATCH, count - done);
            allergies += seedBatch(clinic, done, size, ids);
            done += size;
            progress.update(done, count);
        }
        Duration patientsTook = since(start);
        HistorySummary history = HistorySummary.NONE;
        if (withHistory) {
            history = seedHistory(seed, ids, progress, cancelled);
        }
        return new SeedSummary(done, allergies, patientsTook, cancelled.getAsBoolean(), history);
    }

    private int seedBatch(SyntheticClinic clinic, int from, int size, long[] ids) {
        List<SyntheticClinic.Person> people = new ArrayList<>(size);
        for (int i = from; i < from + size; i++) {
            people.add(clinic.person(i));
        }
        List<Patient> stored =
                patients.createAll(people.stream().map(SyntheticClinic.Person::data).toList());
        Instant now = clock.instant();
        List<PatientProfile> documents = new ArrayList<>(size);
        int allergies = 0;
        for (int i = 0; i < stored.size(); i++) {
            ids[from + i] = stored.get(i).id();
            ProfileData profile = people.get(i).profile();
            documents.add(profile.toProfile(stored.get(i).id(), 0, now));
            allergies += profile.allergies().size();
        }
        profiles.insertAll(documents);
        return allergies;
    }

    private HistorySummary seedHistory(
            long seed, long[] ids, Progress progress, BooleanSupplier cancelled) {
        HistoryStores stores = historyStores.orElseThrow();
        Instant start = Instant.now();
        ClinicHistory history =
                new ClinicHistory(
                        seed,
                        ids,
                        stores.doctors().findAll(true),
                        catalogByCode(stores.catalog()),
                        stores.hours(),
                        stores.zone());
        LocalDate today = LocalDate.now(clock.withZone(stores.zone()));
        LocalDate first = today.minusYears(1);
        int days = (int) (today.toEpochDay() - first.toEpochDay());
        HistorySummary made = HistorySummary.NONE;
        for (LocalDate month = first; month.isBefore(today); month = month.plusMonths(1)) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            LocalDate end = month.plusMonths(1).isBefore(today) ? month.plusMonths(1) : today;
            HistorySummary stored = storeMonth(stores, history, month, end);
            made = made.plus(stored.appointments(), stored.notes(), stored.invoices());
            progress.update((int) (end.toEpochDay() - first.toEpochDay()), days);
        }
        return new HistorySummary(made.appointments(), made.notes(), made.invoices(), since(start));
    }

    private static Map<String, CatalogItem> catalogByCode(CatalogRepository catalog) {
        Map<String, CatalogItem> byCode = new HashMap<>();
        for (CatalogItem item : catalog.findAll(true)) {
            byCode.put(item.code(), item);
        }
        return byCode;
    }

    /** One month: appointments and invoices in one transaction, then the notes. */
    private HistorySummary storeMonth(
            HistoryStores stores, ClinicHistory history, LocalDate from, LocalDate to) {
        List<ClinicHistory.Visit> visits = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            visits.addAll(history.day(day));
        }
        List<Appointment> stored =
                stores.transactions()
                        .inTransaction(
                                () -> {
                                    List<Appointment> booked =
                                            stores.appointments()
                                                    .insertAll(
                                                            visits.stream()
                                                                    .map(
                                                                            ClinicHistory.Visit
                                                                                    ::appointment)
                                                                    .toList());
                                    stores.invoices()
                                            .insertIssued(invoices(visits, booked, stores));
                                    return booked;
                                });
        List<MedicalNote> notes = notes(visits, stored);
        stores.notes().insertAll(notes);
        int invoiced = (int) visits.stream().filter(v -> !v.invoiceLines().isEmpty()).count();
        return new HistorySummary(stored.size(), notes.size(), invoiced, Duration.ZERO);
    }

    private static List<Invoice> invoices(
            List<ClinicHistory.Visit> visits, List<Appointment> booked, HistoryStores stores) {
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            List<InvoiceLineRequest> requests = visits.get(i).invoiceLines();
            if (!requests.isEmpty()) {
                invoices.add(issued(booked.get(i), requests, stores.zone()));
            }
        }
        invoices.sort(
                Comparator.comparing((Invoice invoice) -> invoice.issuedAt().orElseThrow())
                        .thenComparing(invoice -> invoice.appointmentId().orElseThrow()));
        return invoices;
    }

    private static Invoice issued(
            Appointment appointment, List<InvoiceLineRequest> requests, ZoneId zone) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceLineRequest request : requests) {
            lines.add(InvoiceLine.compute(lines.size() + 1, request));
        }
        Instant created = appointment.completedAt().orElseThrow();
        Instant issuedAt = created.plus(Duration.ofMinutes(3));
        return new Invoice(
                0,
                InvoiceKind.INVOICE,
                Invoice.INVOICE_SERIES,
                issuedAt.atZone(zone).getYear(),
                Optional.empty(),
                appointment.patientId(),
                Optional.of(appointment.id()),
                InvoiceStatus.ISSUED,
                Optional.empty(),
                created,
                Optional.of(issuedAt),
                lines,
                InvoiceTotals.of(lines));
    }

    private static List<MedicalNote> notes(
            List<ClinicHistory.Visit> visits, List<Appointment> booked) {
        List<MedicalNote> notes = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            long appointmentId = booked.get(i).id();
            visits.get(i).note().ifPresent(note -> notes.add(forAppointment(note, appointmentId)));
        }
        return notes;
    }

    private static MedicalNote forAppointment(MedicalNote note, long appointmentId) {
        return new MedicalNote(
                note.noteId(),
                note.patientId(),
                note.doctorId(),
                appointmentId,
                note.createdAt(),
                note.updatedAt(),
                note.subjective(),
                note.objective(),
                note.assessment(),
                note.plan(),
                note.diagnoses(),
                note.prescriptions(),
                note.signed(),
                note.signedAt(),
                note.signedBy(),
                note.amendments());
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
