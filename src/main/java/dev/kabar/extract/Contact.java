package dev.kabar.extract;

import java.time.LocalDate;

/**
 * One communication event between two actors, as one article reports it.
 *
 * @param initiator the participant the text says took the initiative, or null
 * @param date      the day it happened (or starts), or null when the text does not say
 * @param endDate   last day of a range, or null
 * @param planned   announced for the future rather than reported as done
 * @param topic     what it was about, when stated, or null
 * @param cue       the words that signal it, as written
 */
public record Contact(ContactKind kind, Entity a, Entity b, Entity initiator, LocalDate date, LocalDate endDate,
                      boolean planned, String topic, String cue, Span evidence) {
}
