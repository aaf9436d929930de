package es.clinica.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;

/** Predicates the layer rules share. */
final class FxmlPredicates {

    /** A field that FXML injects. */
    static final DescribedPredicate<JavaField> ANNOTATED_FXML =
            DescribedPredicate.describe(
                    "annotated with @FXML", field -> field.isAnnotatedWith("javafx.fxml.FXML"));

    private FxmlPredicates() {}
}
