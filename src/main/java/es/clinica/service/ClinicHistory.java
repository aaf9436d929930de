package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.CatalogItem;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.Doctor;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The made-up past of a synthetic clinic, one working day at a time: each doctor's slots of the
 * opening hours are booked or left free, and each booking ends completed (with a signed note and,
 * most of the time, the lines of its invoice), cancelled or as a no-show. A day depends only on the
 * seed, the day and the given patients, doctors and catalog, so the same seed makes the same past.
 *
 * <p>Slots follow the clinic's grid, so one doctor's appointments never overlap, and a patient is
 * given at most one doctor per slot, so a patient's never do either.
 */
public final class ClinicHistory {

    /**
     * One booking of the past.
     *
     * @param appointment its id is 0 until stored
     * @param note present for completed visits; its appointment id is 0 until stored
     * @param invoiceLines what was billed; empty when nothing was
     */
    public record Visit(
            Appointment appointment,
            Optional<MedicalNote> note,
            List<InvoiceLineRequest> invoiceLines) {}

    private static final Set<MonthDay> HOLIDAYS =
            Set.of(
                    MonthDay.of(1, 1),
                    MonthDay.of(1, 6),
                    MonthDay.of(5, 1),
                    MonthDay.of(8, 15),
                    MonthDay.of(10, 12),
                    MonthDay.of(11, 1),
                    MonthDay.of(12, 6),
                    MonthDay.of(12, 8),
                    MonthDay.of(12, 25));
    private static final String FAMILY_MEDICINE = "Medicina familiar";
    private static final Map<String, String> EXTRA_BY_SPECIALTY =
            Map.of(
                    "Cardiología",
                    "ECG",
                    "Medicina interna",
                    "ANA-SANG",
                    "Dermatología",
                    "CURA",
                    "Pediatría",
                    "VAC-GRIPE",
                    FAMILY_MEDICINE,
                    "ANA-ORINA");
    private static final String[] REASONS = {
        "Revisión",
        "Dolor de espalda",
        "Fiebre y tos",
        "Control de tensión",
        "Dolor de garganta",
        "Resultados de análisis",
        "Mareos",
        "Dolor abdominal",
        "Erupción en la piel",
        "Renovación de receta",
        "Cansancio",
        "Dolor de cabeza",
        "Control de diabetes",
        "Palpitaciones"
    };
    private static final String[][] DIAGNOSES = {
        {"J06.9", "Infección aguda de las vías respiratorias superiores"},
        {"I10", "Hipertensión esencial (primaria)"},
        {"E11.9", "Diabetes mellitus tipo 2 sin complicaciones"},
        {"M54.50", "Lumbalgia, no especificada"},
        {"J02.9", "Faringitis aguda, no especificada"},
        {"N39.0", "Infección del tracto urinario, localización no especificada"},
        {"K21.9", "Enfermedad por reflujo gastroesofágico sin esofagitis"},
        {"F41.1", "Trastorno de ansiedad generalizada"},
        {"E78.5", "Hiperlipidemia, no especificada"},
        {"R51.9", "Cefalea, no especificada"},
        {"L20.9", "Dermatitis atópica, no especificada"},
        {"L70.0", "Acné vulgar"},
        {"I48.91", "Fibrilación auricular, no especificada"},
        {"R07.9", "Dolor torácico, no especificado"},
        {"J20.9", "Bronquitis aguda, no especificada"},
        {"J45.909", "Asma, no especificada, sin complicaciones"},
        {"R42", "Mareo y vértigo"},
        {"K59.00", "Estreñimiento, no especificado"}
    };
    private static final String[] COMPLAINTS = {
        "Refiere molestias desde hace unos días.",
        "Acude para control periódico.",
        "Empeoramiento en la última semana.",
        "Sin cambios desde la última visita.",
        "Consulta por síntomas nuevos."
    };
    private static final String[] FINDINGS = {
        "Exploración sin hallazgos relevantes.",
        "TA 135/85, FC 78 lpm, afebril.",
        "Auscultación normal.",
        "Leve eritema, sin signos de infección.",
        "Buen estado general, bien hidratado."
    };
    private static final String[] PLANS = {
        "Control en un mes.",
        "Analítica de control y revisión con resultados.",
        "Tratamiento sintomático; volver si empeora.",
        "Se mantiene el tratamiento actual.",
        "Derivación al especialista si no mejora."
    };
    private static final String[][] DRUGS = {
        {"Paracetamol 1 g", "1 comprimido", "cada 8 horas", "5 días"},
        {"Ibuprofeno 600 mg", "1 comprimido", "cada 8 horas", "3 días"},
        {"Omeprazol 20 mg", "1 cápsula", "en ayunas", "1 mes"},
        {"Enalapril 10 mg", "1 comprimido", "cada 24 horas", "crónico"},
        {"Amoxicilina 500 mg", "1 cápsula", "cada 8 horas", "7 días"}
    };

    private final long seed;
    private final long[] patientIds;
    private final List<Doctor> doctors;
    private final Map<String, CatalogItem> catalog;
    private final ClinicHours hours;
    private final ZoneId zone;

    /**
     * @param patientIds the stored patients to book, by the seed's patient index
     * @param catalog active catalog items by code; codes it lacks are not billed
     */
    public ClinicHistory(
            long seed,
            long[] patientIds,
            List<Doctor> doctors,
            Map<String, CatalogItem> catalog,
            ClinicHours hours,
            ZoneId zone) {
        this.seed = seed;
        this.patientIds = patientIds.clone();
        this.doctors = List.copyOf(doctors);
        this.catalog = Map.copyOf(catalog);
        this.hours = hours;
        this.zone = zone;
    }

    /** Whether the clinic opens that day: weekdays that are not national holidays. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(MonthDay.from(day));
    }

    /** The bookings of one day, by start time then doctor; empty on a closed day. */
    public List<Visit> day(LocalDate day) {
        List<Visit> visits = new ArrayList<>();
        if (!isWorkingDay(day) || patientIds.length == 0) {
            return visits;
        }
        SplittableRandom random = new SplittableRandom(seed * 1_000_033L + day.toEpochDay());
        for (ClinicHours.Period period : hours.periods()) {
            int opens = period.opens().toSecondOfDay() / 60;
            int closes = period.closes().toSecondOfDay() / 60;
            for (int m = opens; m + hours.slotMinutes() <= closes; m += hours.slotMinutes()) {
                bookSlot(random, day, LocalTime.ofSecondOfDay(m * 60L), visits);
            }
        }
        return visits;
    }

    private void bookSlot(SplittableRandom random, LocalDate day, LocalTime slot, List<Visit> out) {
        Set<Integer> taken = new HashSet<>();
        for (Doctor doctor : doctors) {
            if (random.nextDouble() >= fillRate(day, doctor)) {
                continue;
            }
            int patient = random.nextInt(patientIds.length);
            if (taken.add(patient)) {
                Instant start = ZonedDateTime.of(day, slot, zone).toInstant();
                out.add(visit(random, start, doctor, patientIds[patient]));
            }
        }
    }

    /** Family medicine is the busiest; August and Friday afternoons are quiet. */
    private static double fillRate(LocalDate day, Doctor doctor) {
        double rate = doctor.specialty().startsWith(FAMILY_MEDICINE) ? 0.9 : 0.72;
        if (day.getMonth() == Month.AUGUST) {
            rate *= 0.5;
        } else if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
            rate = Math.min(0.97, rate + 0.06);
        }
        return rate;
    }

    private Visit visit(SplittableRandom random, Instant start, Doctor doctor, long patientId) {
        Instant booked = start.minus(Duration.ofMinutes(120 + random.nextInt(60 * 24 * 30)));
        String reason = REASONS[random.nextInt(REASONS.length)];
        int outcome = random.nextInt(100);
        if (outcome < 7) {
            Instant cancelled = booked.plusSeconds(random.nextLong(seconds(booked, start)));
            return new Visit(
                    appointment(
                                    patientId,
                                    doctor,
                                    start,
                                    reason,
                                    booked,
                                    AppointmentStatus.CANCELLED)
                            .cancelled(cancelled),
                    Optional.empty(),
                    List.of());
        }
        if (outcome < 13) {
            return new Visit(
                    appointment(patientId, doctor, start, reason, booked, AppointmentStatus.NO_SHOW)
                            .noShow(start.plus(Duration.ofMinutes(15))),
                    Optional.empty(),
                    List.of());
        }
        return completed(random, start, doctor, patientId, reason, booked);
    }

    private Visit completed(
            SplittableRandom random,
            Instant start,
            Doctor doctor,
            long patientId,
            String reason,
            Instant booked) {
        Instant arrived = start.minus(Duration.ofMinutes(1 + random.nextInt(20)));
        Instant began = start.plus(Duration.ofMinutes(random.nextInt(9)));
        Instant ended = began.plus(Duration.ofMinutes(10 + random.nextInt(10)));
        Appointment appointment =
                appointment(patientId, doctor, start, reason, booked, AppointmentStatus.COMPLETED)
                        .completed(arrived, began, ended);
        MedicalNote note = note(random, appointment, began, ended);
        List<InvoiceLineRequest> lines =
                random.nextInt(100) < 92 ? invoiceLines(random, doctor) : List.of();
        return new Visit(appointment, Optional.of(note), lines);
    }

    private MedicalNote note(
            SplittableRandom random, Appointment appointment, Instant began, Instant ended) {
        List<Diagnosis> diagnoses = new ArrayList<>();
        String[] first = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
        diagnoses.add(new Diagnosis(first[0], first[1]));
        if (random.nextInt(5) == 0) {
            String[] second = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
            if (!second[0].equals(first[0])) {
                diagnoses.add(new Diagnosis(second[0], second[1]));
            }
        }
        List<Prescription> prescriptions = new ArrayList<>();
        if (random.nextInt(2) == 0) {
            String[] drug = DRUGS[random.nextInt(DRUGS.length)];
            prescriptions.add(new Prescription(drug[0], drug[1], drug[2], drug[3], ""));
        }
        return new MedicalNote(
                noteId(appointment),
                appointment.patientId(),
                appointment.doctorId(),
                0,
                began,
                ended,
                appointment.reason() + ". " + COMPLAINTS[random.nextInt(COMPLAINTS.length)],
                FINDINGS[random.nextInt(FINDINGS.length)],
                first[1] + ".",
                PLANS[random.nextInt(PLANS.length)],
                diagnoses,
                prescriptions,
                true,
                Optional.of(ended),
                OptionalLong.of(appointment.doctorId()),
                List.of());
    }

    /** The same visit of the same seed always gets the same note id. */
    private String noteId(Appointment appointment) {
        String key =
                "clinica-seed:"
                        + seed
                        + ":"
                        + appointment.doctorId()
                        + ":"
                        + appointment.startsAt().getEpochSecond();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private List<InvoiceLineRequest> invoiceLines(SplittableRandom random, Doctor doctor) {
        List<InvoiceLineRequest> lines = new ArrayList<>();
        String visit =
                random.nextInt(4) == 0
                        ? "CONS-REV"
                        : doctor.specialty().startsWith(FAMILY_MEDICINE) ? "CONS-MG" : "CONS-ESP";
        bill(visit, lines);
        if (lines.isEmpty()) {
            return lines;
        }
        if (random.nextInt(5) == 0) {
            String extra = EXTRA_BY_SPECIALTY.getOrDefault(doctor.specialty(), "ANA-SANG");
            bill(extra, lines);
        }
        if (random.nextInt(25) == 0) {
            bill("CERT-MED", lines);
        }
        return lines;
    }

    private void bill(String code, List<InvoiceLineRequest> lines) {
        CatalogItem item = catalog.get(code);
        if (item != null) {
            lines.add(InvoiceLineRequest.of(item, BigDecimal.ONE));
        }
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(1, Duration.between(from, to).getSeconds());
    }

    private PastAppointment appointment(
            long patientId,
            Doctor doctor,
            Instant start,
            String reason,
            Instant booked,
            AppointmentStatus status) {
        return new PastAppointment(patientId, doctor.id(), start, reason, booked, status);
    }

    /** Builds the appointment record with the times of how it ended. */
    private final class PastAppointment {
        private final long patientId;
        private final long doctorId;
        private final Instant start;
        private final String reason;
        private final Instant booked;
        private final AppointmentStatus status;
        private Optional<Instant> arrived = Optional.empty();
        private Optional<Instant> began = Optional.empty();
        private Optional<Instant> ended = Optional.empty();
        private Optional<Instant> cancelled = Optional.empty();
        private Optional<Instant> noShow = Optional.empty();

        private PastAppointment(
                long patientId,
                long doctorId,
                Instant start,
                String reason,
                Instant booked,
                AppointmentStatus status) {
            this.patientId = patientId;
            this.doctorId = doctorId;
            this.start = start;
            this.reason = reason;
            this.booked = booked;
            this.status = status;
        }

        private Appointment cancelled(Instant at) {
            cancelled = Optional.of(at);
            return build();
        }

        private Appointment noShow(Instant at) {
            noShow = Optional.of(at);
            return build();
        }

        private Appointment completed(Instant arrivedAt, Instant beganAt, Instant endedAt) {
            arrived = Optional.of(arrivedAt);
            began = Optional.of(beganAt);
            ended = Optional.of(endedAt);
            return build();
        }

        private Appointment build() {
            return new Appointment(
                    0,
                    patientId,
                    doctorId,
                    start,
                    hours.slotMinutes(),
                    reason,
                    status,
                    booked,
                    arrived,
                    began,
                    ended,
                    cancelled,
                    noShow);
        }
    }
}
