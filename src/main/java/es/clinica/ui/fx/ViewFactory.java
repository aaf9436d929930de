package es.clinica.ui.fx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds the controller an FXML file names in {@code fx:controller}: each view class is registered
 * with a supplier that hands it its view model, so views take their view model in the constructor
 * and nothing is created by reflection. Also serves the controllers of {@code fx:include}d files.
 */
public final class ViewFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> views = new HashMap<>();

    /** Registers how to build one view class; returns this factory for chaining. */
    public <V> ViewFactory register(Class<V> viewClass, Supplier<? extends V> create) {
        views.put(viewClass, create);
        return this;
    }

    @Override
    public Object call(Class<?> viewClass) {
        Supplier<?> create = views.get(viewClass);
        if (create == null) {
            throw new IllegalStateException("No view registered for " + viewClass.getName());
        }
        return create.get();
    }
}
