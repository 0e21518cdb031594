package org.annals.time;

import java.io.Serializable;

/**
 * A temporal expression found in a text, normalised TimeML-style.
 *
 * @param begin offset of the first character in the tagged text
 * @param end offset after the last character
 * @param text the expression as written
 * @param type TIMEX3 type
 * @param value TIMEX3 value ({@code 2011-11}, {@code 2014}, {@code P2W}, {@code PRESENT_REF},
 *     {@code XXXX-XX-XX} where it cannot be anchored)
 * @param interval the calendar interval it denotes, or null (durations, sets, unanchored values)
 * @param basis {@link DateBasis#EXPLICIT}, {@link DateBasis#RELATIVE} to the reference date, or
 *     {@link DateBasis#ANAPHORIC} when it must be anchored on an earlier event ("two days later")
 */
public record TemporalExpression(
    int begin,
    int end,
    String text,
    TimexType type,
    String value,
    DateInterval interval,
    DateBasis basis)
    implements Serializable {}
