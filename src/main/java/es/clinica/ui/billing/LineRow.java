package es.clinica.ui.billing;

import es.clinica.domain.InvoiceLine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the invoice on screen. The quantity is what the user is typing; base, tax and total
 * follow it at once, computed by the same money rule as the stored line.
 */
public final class LineRow {

    private final InvoiceLine stored;
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final ReadOnlyBooleanWrapper quantityValid =
            new ReadOnlyBooleanWrapper(this, "quantityValid", true);
    private final ReadOnlyStringWrapper quantityError =
            new ReadOnlyStringWrapper(this, "quantityError", "");
    private final ReadOnlyStringWrapper unitPrice = new ReadOnlyStringWrapper(this, "unitPrice");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate");
    private final ReadOnlyStringWrapper base = new ReadOnlyStringWrapper(this, "base");
    private final ReadOnlyStringWrapper tax = new ReadOnlyStringWrapper(this, "tax");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total");

    LineRow(InvoiceLine stored) {
        this.stored = stored;
    }

    /** The line as stored on the server. */
    public InvoiceLine stored() {
        return stored;
    }

    public String description() {
        return stored.description();
    }

    /** The quantity as typed. */
    public StringProperty quantityProperty() {
        return quantity;
    }

    /** Whether the typed quantity is one the money rule accepts. */
    public ReadOnlyBooleanProperty quantityValidProperty() {
        return quantityValid.getReadOnlyProperty();
    }

    /** What is wrong with the typed quantity; empty when the money rule accepts it. */
    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitPriceProperty() {
        return unitPrice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baseProperty() {
        return base.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taxProperty() {
        return tax.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /**
     * @param error what is wrong with the typed quantity (empty when nothing); the preview is then
     *     the stored line
     */
    void render(InvoiceLine preview, String error, MoneyText text) {
        quantityError.set(error);
        quantityValid.set(error.isEmpty());
        unitPrice.set(text.euros(preview.unitPrice()));
        rate.set(text.number(preview.taxRate()) + " %");
        base.set(text.euros(preview.lineBase()));
        tax.set(text.euros(preview.lineTax()));
        total.set(text.euros(preview.lineTotal()));
    }
}
