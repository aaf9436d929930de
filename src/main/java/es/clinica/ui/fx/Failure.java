package es.clinica.ui.fx;

import java.util.Optional;

/**
 * What a failed background call tells the user: one localized sentence, and the input field it is
 * about when there is one (so a form can show it beside that field).
 *
 * @param message the sentence to show, already in the user's language
 * @param field the field at fault, when the refusal names one
 */
public record Failure(String message, Optional<String> field) {}
