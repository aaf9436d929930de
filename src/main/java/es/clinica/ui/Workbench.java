package es.clinica.ui;

import es.clinica.service.Actor;
import es.clinica.service.ClinicServices;
import es.clinica.service.Icd10Catalog;
import es.clinica.service.StoreConsistency;
import es.clinica.ui.admin.AdminView;
import es.clinica.ui.admin.AdminViewModel;
import es.clinica.ui.billing.BillingView;
import es.clinica.ui.billing.BillingViewModel;
import es.clinica.ui.consultation.ConsultationView;
import es.clinica.ui.consultation.ConsultationViewModel;
import es.clinica.ui.consultation.DoctorDesk;
import es.clinica.ui.consultation.NoteJournal;
import es.clinica.ui.fhirimport.ImportChooser;
import es.clinica.ui.fhirimport.ImportDialog;
import es.clinica.ui.fhirimport.ImportView;
import es.clinica.ui.fhirimport.ImportViewModel;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.JournalWriter;
import es.clinica.ui.fx.Periodic;
import es.clinica.ui.fx.ViewFactory;
import es.clinica.ui.fx.ViewLoader;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.live.LiveView;
import es.clinica.ui.live.LiveViewModel;
import es.clinica.ui.main.MainView;
import es.clinica.ui.main.MainViewModel;
import es.clinica.ui.main.Screen;
import es.clinica.ui.reception.ReceptionView;
import es.clinica.ui.reception.ReceptionViewModel;
import es.clinica.ui.reception.RegistrationJournal;
import es.clinica.ui.status.StatusBarView;
import es.clinica.ui.status.StatusBarViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.LongSupplier;
import javafx.scene.Parent;

/**
 * The main window's wiring: one view model per screen, built at each login and kept for that
 * session (the next person to log in starts with empty screens), and the views registered over
 * them. Views are rebuilt from their FXML when the language changes; view models (and so what the
 * user typed) stay.
 */
final class Workbench {

    static final String MAIN_VIEW = "/es/clinica/ui/main/MainView.fxml";
    static final String IMPORT_VIEW = "/es/clinica/ui/fhirimport/ImportView.fxml";

    /** Where invoice PDFs go until the billing clerk picks another folder. */
    private static final Path INVOICE_FOLDER =
            Path.of(System.getProperty("user.home"), "Clinica", "invoices");

    private final StatusBarViewModel statusBar;
    private final ConsultationViewModel consultation;
    private final ReceptionViewModel reception;
    private final ViewLoader loader;
    private final MainViewModel main;

    /**
     * @param settings the journal folder, the clinic's zone and the live panel's interval
     * @param actor who logged in: decides the screens offered and the first one
     * @param window the window's exit, logout and memory; see {@link WorkstationApp}
     */
    Workbench(
            ClinicServices services,
            Background background,
            Localization localization,
            UiSettings settings,
            Actor actor,
            Desk window) {
        Screen first =
                window.memory().lastScreen(actor.role()).orElse(Screen.landingFor(actor.role()));
        main = new MainViewModel(localization, actor, first, window.exit(), window.logout());
        main.screenProperty()
                .addListener((o, old, now) -> window.memory().lastScreen(actor.role(), now));
        // A window over the probes only (start-up, some screen tests) has no outbox to count.
        StoreConsistency consistency = services.consistency();
        LongSupplier pendingProfiles =
                consistency == null ? () -> 0 : consistency::pendingOutboxEntries;
        statusBar =
                new StatusBarViewModel(
                        services.health(), pendingProfiles, background, localization);
        reception =
                new ReceptionViewModel(
                        services,
                        background,
                        localization,
                        settings.journalDirectory()
                                .map(RegistrationJournal::in)
                                .orElseGet(RegistrationJournal::disabled),
                        window.journal());
        consultation = consultation(services, background, localization, settings, window);
        BillingViewModel billing =
                new BillingViewModel(services, background, localization, INVOICE_FOLDER);
        LiveViewModel live =
                new LiveViewModel(services, background, localization, settings.liveInterval());
        AdminViewModel admin =
                new AdminViewModel(
                        services.auth(),
                        services.patients(),
                        services.audit(),
                        background,
                        localization,
                        settings.zone());
        ImportViewModel fhirImport =
                new ImportViewModel(services.patientImport(), background, localization);

        ViewFactory views = new ViewFactory();
        loader = new ViewLoader(localization, views);
        views.register(
                        MainView.class,
                        () ->
                                new MainView(
                                        main,
                                        screen -> loader.load(screen.fxml()),
                                        owner ->
                                                importDialog(fhirImport, localization, window)
                                                        .open(owner)))
                .register(StatusBarView.class, () -> new StatusBarView(statusBar))
                .register(ReceptionView.class, () -> new ReceptionView(reception))
                .register(ConsultationView.class, () -> new ConsultationView(consultation))
                .register(BillingView.class, () -> new BillingView(billing))
                .register(LiveView.class, () -> new LiveView(live))
                .register(AdminView.class, () -> new AdminView(admin))
                .register(ImportView.class, () -> new ImportView(fhirImport, window.chooser()));
    }

    private static ConsultationViewModel consultation(
            ClinicServices services,
            Background background,
            Localization localization,
            UiSettings settings,
            Desk window) {
        return new ConsultationViewModel(
                DoctorDesk.over(services),
                background,
                localization,
                settings.journalDirectory().map(NoteJournal::in).orElseGet(NoteJournal::disabled),
                window.journal(),
                Icd10Catalog.bundled(),
                Clock.system(settings.zone()),
                (period, action) -> Periodic.every(period, "clinica-consultation", action));
    }

    private ImportDialog importDialog(
            ImportViewModel fhirImport, Localization localization, Desk window) {
        return new ImportDialog(
                fhirImport,
                () -> loader.load(IMPORT_VIEW),
                window.stylesheet(),
                () -> localization.get("import.title"));
    }

    /**
     * What the window hands every workbench.
     *
     * @param memory remembers the last screen of each role
     * @param exit closes the workstation
     * @param logout ends the session and shows the login screen
     * @param chooser picks the files to import
     * @param stylesheet the theme, for dialogs
     * @param journal writes the screens' local journal off the UI thread; the window flushes it
     */
    record Desk(
            WindowMemory memory,
            Runnable exit,
            Runnable logout,
            ImportChooser chooser,
            String stylesheet,
            JournalWriter journal) {}

    /** Builds the main window's content in the current language. */
    Parent loadMainView() {
        return loader.load(MAIN_VIEW);
    }

    /** Stops the screens' timers and journals what is typed; the window is closing. */
    void close() {
        consultation.close();
        reception.close();
    }

    /** The screen shown now, e.g. for tests and to remember it. */
    Screen screen() {
        return main.screen();
    }

    /** Probes the stores for the status bar (in the background). */
    void refreshStatus() {
        statusBar.refresh();
    }
}
