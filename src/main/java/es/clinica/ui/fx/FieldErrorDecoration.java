package es.clinica.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks a field whose value is wrong with ControlsFX's error graphic at its corner, the message in
 * the graphic's tooltip. The view model decides what is wrong; a view only shows it here (and in
 * the message label beside the field, which stays the text everyone can read).
 */
public final class FieldErrorDecoration {

    /** The style class of the error graphic, for the theme and for screen tests. */
    public static final String STYLE_CLASS = "field-error-decoration";

    private final ValidationDecoration decoration = new MarkedGraphic();

    /** Shows the message beside the field, or clears the field's mark when it is null or blank. */
    public void show(Control field, String message) {
        decoration.removeDecorations(field);
        if (message != null && !message.isBlank()) {
            decoration.applyValidationDecoration(ValidationMessage.error(field, message));
        }
    }

    private static final class MarkedGraphic extends GraphicValidationDecoration {

        @Override
        protected Node createDecorationNode(ValidationMessage message) {
            Node graphic = super.createDecorationNode(message);
            graphic.getStyleClass().add(STYLE_CLASS);
            return graphic;
        }
    }
}
