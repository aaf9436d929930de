package es.clinica.ui.fx;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCombination;

/**
 * A frequent action of a screen, offered in the main window's Actions menu with its shortcut while
 * the screen is shown. The menu is the one place the shortcut is registered, so it works only on
 * its screen and only while the action is possible.
 *
 * @param id the menu item's id, for tests (e.g. {@code newPatientMenuItem})
 * @param text the menu item's text, already localized
 * @param accelerator the shortcut the menu item shows and answers
 * @param disabled true while the action is not possible (busy, nothing chosen, …)
 * @param action what the menu item or its shortcut does
 */
public record ScreenCommand(
        String id,
        String text,
        KeyCombination accelerator,
        ObservableBooleanValue disabled,
        Runnable action) {

    private static final String KEY = ScreenCommand.class.getName();

    public ScreenCommand {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(accelerator);
        Objects.requireNonNull(disabled);
        Objects.requireNonNull(action);
    }

    /** The command a button stands for: disabled with it and doing what a click does. */
    public static ScreenCommand of(
            String id, String text, KeyCombination accelerator, ButtonBase button) {
        return new ScreenCommand(id, text, accelerator, button.disableProperty(), button::fire);
    }

    /** Hands a screen's commands to the main window, which reads them from the screen's root. */
    public static void offer(Node screenRoot, List<ScreenCommand> commands) {
        screenRoot.getProperties().put(KEY, List.copyOf(commands));
    }

    /** The commands a screen offers; none for a screen that offers none. */
    @SuppressWarnings("unchecked")
    public static List<ScreenCommand> offeredBy(Node screenRoot) {
        Object commands = screenRoot.getProperties().get(KEY);
        return commands instanceof List ? (List<ScreenCommand>) commands : List.of();
    }
}
