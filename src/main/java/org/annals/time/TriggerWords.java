package org.annals.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grammar's cheap pre-filter: one pass over the words of a text marks those that can carry a
 * temporal expression (month and weekday names, units, four-digit numbers, "today", ...), and the
 * stretches around them are the only places the patterns are tried. Immutable; thread-safe.
 */
final class TriggerWords {

  static final int MONTH = 1;
  static final int WEEKDAY = 1 << 1;
  static final int UNIT = 1 << 2;
  static final int YEAR = 1 << 3;
  static final int DEICTIC = 1 << 4;
  static final int SEASON = 1 << 5;
  static final int REFERENCE = 1 << 6;
  static final int FREQUENCY = 1 << 7;
  static final int DECADE = 1 << 8;
  static final int CLOCK = 1 << 9;
  static final int QUARTER = 1 << 10;
  static final int DIGITS = 1 << 11;
  static final int SPELLED_YEAR = 1 << 12;
  static final int HOLIDAY = 1 << 13;

  /** How far around a trigger word the patterns look, in characters. */
  static final int MARGIN = 48;

  private final Map<String, Integer> masks = new HashMap<>();

  TriggerWords(TimexVocabulary v) {
    for (String w : v.words("month").keySet()) {
      add(w.replace(".", ""), MONTH);
    }
    for (String w : v.words("weekday").keySet()) {
      String bare = w.replace(".", "");
      add(bare, WEEKDAY);
      add(bare + "s", WEEKDAY | FREQUENCY);
    }
    for (String w : v.words("unit").keySet()) {
      add(w, UNIT);
      add(w + "s", UNIT);
    }
    add("centuries", UNIT | DECADE);
    add("century", DECADE);
    add("weekend", DEICTIC);
    add("weekends", FREQUENCY);
    for (String w : v.words("deictic").keySet()) {
      add(w, DEICTIC);
    }
    for (String w : v.words("partofday").keySet()) {
      add(w, DEICTIC);
    }
    for (String w : v.words("season").keySet()) {
      add(w, SEASON);
    }
    for (String w : v.words("reference").keySet()) {
      add(w.substring(w.lastIndexOf(' ') + 1), REFERENCE);
    }
    add("current", REFERENCE);
    add("while", REFERENCE); // "for a while"
    add("time", REFERENCE); // "for some time"
    add("recent", REFERENCE);
    for (String w : v.words("holiday").keySet()) {
      add(w.split("[ ']")[0], HOLIDAY);
    }
    for (String w : v.words("frequency").keySet()) {
      add(w, FREQUENCY);
    }
    for (String w : v.words("decadeword").keySet()) {
      add(w, DECADE);
    }
    for (String w : new String[] {"noon", "midnight", "midday", "am", "pm", "gmt", "est", "edt"}) {
      add(w, CLOCK);
    }
    for (String w :
        new String[] {"quarter", "quarters", "half", "q1", "q2", "q3", "q4", "period"}) {
      add(w, QUARTER);
    }
    add("nineteen", SPELLED_YEAR);
    add("thousand", SPELLED_YEAR);
  }

  private void add(String word, int mask) {
    masks.merge(word.toLowerCase(Locale.ROOT), mask, (a, b) -> a | b);
  }

  /**
   * The stretches of {@code text} worth matching, as {begin, end, mask, lastStart} arrays, merged
   * where they overlap; a match must start before {@code lastStart} (the end of the last trigger
   * word) to cover a trigger.
   */
  List<int[]> segments(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int[] open = null;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int s = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        Integer mask = lookup(text, s, i);
        if (mask != null) {
          open = extend(out, open, s, i, mask, n);
        }
      } else if (c >= '0' && c <= '9') {
        int s = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        int mask = DIGITS;
        if (i - s == 4) {
          mask |= YEAR;
        }
        if (i < n && (text.charAt(i) == 's' || text.charAt(i) == '\'')) {
          mask |= DECADE;
        }
        if (i + 1 < n && text.charAt(i) == ':' && Character.isDigit(text.charAt(i + 1))) {
          mask |= CLOCK;
        }
        int k = i;
        while (k < n && text.charAt(k) == ' ') {
          k++;
        }
        if (k + 1 < n
            && "apAP".indexOf(text.charAt(k)) >= 0
            && (text.charAt(k + 1) == '.'
                || text.charAt(k + 1) == 'm'
                || text.charAt(k + 1) == 'M')) {
          mask |= CLOCK;
        }
        if (mask != DIGITS) {
          open = extend(out, open, s, i, mask, n);
        }
      } else {
        i++;
      }
    }
    return out;
  }

  private Integer lookup(String text, int s, int e) {
    if (e - s > 12) {
      return null;
    }
    return masks.get(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static int[] extend(List<int[]> out, int[] open, int s, int e, int mask, int n) {
    int from = Math.max(0, s - MARGIN);
    int to = Math.min(n, e + MARGIN);
    if (open != null && from <= open[1]) {
      open[1] = Math.max(open[1], to);
      open[2] |= mask;
      open[3] = e;
      return open;
    }
    int[] seg = {from, to, mask, e};
    out.add(seg);
    return seg;
  }
}
