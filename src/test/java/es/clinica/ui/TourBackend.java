package es.clinica.ui;

import es.clinica.app.Clinica;
import es.clinica.app.Settings;
import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.Doctor;
import es.clinica.domain.Patient;
import es.clinica.service.Actor;
import es.clinica.service.ClinicServices;
import es.clinica.service.TimeSlot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The workstation's backend for {@link ScreenshotTour}: the real composition root on the embedded
 * default (its own servers under a fresh data directory, so the login screen lists the demo
 * accounts), in a clinic whose clock reads mid-morning whatever the hour, so today still has free
 * slots. Before the window gets the services it seeds a synthetic clinic with a year of history and
 * sets up the morning so far: four appointments today, one of them already seen by the doctor.
 */
final class TourBackend implements Backend {

    /** Synthetic patients seeded with their past year of visits, notes and invoices. */
    private static final int PATIENTS = 120;

    private static final long SEED = 2026;

    private final Settings settings;
    private final List<Appointment> morning = new ArrayList<>();
    private volatile Clinica clinica;
    private volatile long demoDoctor;

    /**
     * @param home a new data directory for the embedded servers, the journal and the log
     */
    TourBackend(Path home) {
        this.settings =
                Settings.from(
                        Map.of(
                                Settings.HOME, home.toString(),
                                Settings.LOCALE, "es-ES",
                                Settings.ZONE, zoneWhereItIsMorning()),
                        Map.of());
    }

    @Override
    public ClinicServices start(Consumer<String> progress) {
        clinica = Clinica.start(settings, progress);
        ClinicServices services = clinica.services();
        as(
                services,
                "admin",
                s -> s.seeder().seed(PATIENTS, SEED, true, (d, t) -> {}, () -> false));
        demoDoctor =
                as(services, "medico", s -> s.auth().currentActor().flatMap(Actor::doctorId))
                        .orElseThrow();
        as(services, "recepcion", this::bookTheMorning);
        as(services, "medico", TourBackend::seeTheFirstPatient);
        as(services, "admin", s -> s.liveState().rebuild());
        return services;
    }

    @Override
    public UiSettings uiSettings() {
        return new UiSettings(Optional.of(settings.home().resolve("journal")), settings.zone());
    }

    @Override
    public void stop() {
        Clinica started = clinica;
        if (started != null) {
            started.close();
        }
    }

    /** The doctor of the demo account {@code medico}, known once the backend started. */
    long demoDoctorId() {
        return demoDoctor;
    }

    /** Today's appointments booked before the window opened, in booking order. */
    List<Appointment> morning() {
        return List.copyOf(morning);
    }

    /**
     * Four seeded patients booked today, alternately with the demo doctor and another one; the
     * first has arrived.
     */
    private List<Appointment> bookTheMorning(ClinicServices services) {
        LocalDate today = services.appointments().today();
        List<Doctor> doctors = services.appointments().doctors();
        Doctor other =
                doctors.stream()
                        .filter(d -> d.id() != demoDoctor)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("The seed made no doctor"));
        long[] withDoctor = {demoDoctor, other.id(), demoDoctor, other.id()};
        String[] reasons = {
            "Control de tensión", "Dolor lumbar", "Resultados de análisis", "Vacuna"
        };
        List<Patient> patients = seededPatients(services, withDoctor.length);
        for (int i = 0; i < withDoctor.length; i++) {
            TimeSlot slot = services.appointments().freeSlots(withDoctor[i], today).get(0);
            morning.add(
                    services.appointments()
                            .book(
                                    new AppointmentRequest(
                                            patients.get(i).id(),
                                            withDoctor[i],
                                            slot.startsAt(),
                                            20,
                                            reasons[i])));
        }
        services.appointments().checkIn(morning.get(0).id());
        return morning;
    }

    /** The demo doctor calls the first arrival in and completes the visit. */
    private static Appointment seeTheFirstPatient(ClinicServices services) {
        Appointment called = services.appointments().callNext();
        return services.appointments().complete(called.id());
    }

    private static List<Patient> seededPatients(ClinicServices services, int count) {
        List<Patient> found = new ArrayList<>();
        for (long id = 1; found.size() < count && id <= PATIENTS; id++) {
            services.patients().findById(id).ifPresent(found::add);
        }
        if (found.size() < count) {
            throw new IllegalStateException("The seed left fewer than " + count + " patients");
        }
        return found;
    }

    /** Runs {@code work} logged in as one of the demo accounts, then logs out. */
    private static <T> T as(
            ClinicServices services, String user, Function<ClinicServices, T> work) {
        services.auth().login(user, (user + "-demo").toCharArray());
        try {
            return work.apply(services);
        } finally {
            services.auth().logout();
        }
    }

    /** A fixed offset at which the clinic's clock now reads 10:00. */
    private static String zoneWhereItIsMorning() {
        int nowMinutes = LocalTime.now(ZoneOffset.UTC).toSecondOfDay() / 60;
        return ZoneOffset.ofTotalSeconds((10 * 60 - nowMinutes) * 60).getId();
    }
}
