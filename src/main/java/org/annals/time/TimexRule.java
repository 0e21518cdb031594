package org.annals.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of the temporal grammar: it is tried only in stretches of text that hold one of its
 * {@code triggers} (bits of {@link TriggerWords}), and its handler turns a match into a candidate,
 * or null to refuse it ("Theresa May", "may" the verb).
 */
record TimexRule(
    String name, int triggers, Pattern pattern, boolean[] firstChars, Handler handler) {

  @FunctionalInterface
  interface Handler {
    TimexCandidate candidate(Matcher m, TimexContext ctx, int ruleIndex);
  }

  static TimexRule of(String name, int triggers, String regex, Handler handler) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return new TimexRule(name, triggers, pattern, firstChars(regex, pattern), handler);
  }

  /**
   * The lower-case ASCII characters a match can start with (index 128 stands for any other
   * character), found by asking the pattern whether a one-character text could begin a match.
   * Patterns that start by looking behind accept every start.
   */
  private static boolean[] firstChars(String regex, Pattern pattern) {
    boolean[] ok = new boolean[129];
    if (regex.startsWith("(?<=")) {
      java.util.Arrays.fill(ok, true);
      return ok;
    }
    for (char c = 0; c < 128; c++) {
      Matcher m = pattern.matcher(String.valueOf(c));
      ok[c] = m.lookingAt() || m.hitEnd();
    }
    ok[128] = true;
    return ok;
  }

  /** True when a match could start with {@code c}. */
  boolean canStartWith(char c) {
    char l = Character.toLowerCase(c);
    return l < 128 ? firstChars[l] : firstChars[128];
  }
}
