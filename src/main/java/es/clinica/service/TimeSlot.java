package es.clinica.service;

import java.time.Instant;

/**
 * A free slot of a doctor.
 *
 * @param startsAt first instant
 * @param endsAt exclusive end
 */
public record TimeSlot(Instant startsAt, Instant endsAt) {}
