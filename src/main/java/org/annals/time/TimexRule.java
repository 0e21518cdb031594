package org.annals.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of the temporal grammar: it is tried only in stretches of text that hold one of
 * its {@code triggers} (bits of {@link TriggerWords}), and its handler turns a match into a
 * candidate, or null to refuse it ("Theresa May", "may" the verb).
 */
record TimexRule(String name, int triggers, Pattern pattern, Handler handler) {

  @FunctionalInterface
  interface Handler {
    TimexCandidate candidate(Matcher m, TimexContext ctx, int ruleIndex);
  }

  static TimexRule of(String name, int triggers, String regex, Handler handler) {
    return new TimexRule(
        name,
        triggers,
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        handler);
  }
}
