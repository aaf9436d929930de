package es.clinica.app;

/** The one entry point: the workstation window without arguments, a command with them. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // TODO: the window and the headless commands arrive with issue 2's app helper.
        System.out.println("Clinica");
    }
}
