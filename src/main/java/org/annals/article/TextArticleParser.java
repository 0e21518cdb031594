package org.annals.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a plain-text article or blog export: a title line (with an optional " | Source"
 * suffix), then optional date and byline lines ("Posted: April 23, 2012 in Tajikistan", "By Jane
 * Doe", "April 23, 2012"), then the body. The first line is a title only when it is short and
 * stands apart (a blank line, a date or byline line, or a source suffix follows it), so that the
 * first line of hard-wrapped body text is never taken for one. Stateless and thread-safe.
 */
final class TextArticleParser {

  /** Lines after the title searched for date and byline lines. */
  private static final int HEAD_LINES = 5;

  private static final int MAX_TITLE_CHARS = 300;

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)(?:posted|published|first published|updated|last updated|date|dated)(?: on)?"
              + "\\s*[:\\-–—]?\\s*(.+?)(?:\\s+(?:in|under|filed under|by|to)\\s+.*)?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)by\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+[\\p{L}.'\\-]+){0,4}(?:\\s*[|,].*)?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern TITLE_SOURCE =
      Pattern.compile(
          "(.{3,}?)\\s+(?:\\||–|—|-{1,2})\\s+((?:(?!\\s(?:\\||–|—|-{1,2})\\s).){2,60})",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** The parts of a text article. */
  record Parts(String title, String source, PublishedDates.Parsed published, String body) {}

  private TextArticleParser() {}

  static Parts parse(String raw) {
    List<String> lines = raw.lines().toList();
    int first = nextNonBlank(lines, 0);
    if (first < 0) {
      return new Parts(null, null, null, raw);
    }
    String candidate = lines.get(first).strip();
    String title = null;
    String source = null;
    PublishedDates.Parsed published = null;
    int bodyStart = first;
    if (candidate.length() <= MAX_TITLE_CHARS) {
      Matcher ts = TITLE_SOURCE.matcher(candidate);
      boolean pipeSuffix = ts.matches() && looksLikeSource(ts.group(2), candidate);
      boolean standsApart =
          first + 1 >= lines.size()
              || lines.get(first + 1).isBlank()
              || isHeadLine(lines.get(first + 1).strip());
      boolean more = nextNonBlank(lines, first + 1) >= 0;
      if (more && (pipeSuffix || standsApart) && !candidate.endsWith(".")) {
        title = pipeSuffix ? ts.group(1).strip() : candidate;
        source = pipeSuffix ? ts.group(2).strip() : null;
        bodyStart = first + 1;
      }
    }
    if (title != null) {
      List<Integer> drop = new ArrayList<>();
      int seen = 0;
      for (int i = bodyStart; i < lines.size() && seen < HEAD_LINES; i++) {
        String l = lines.get(i).strip();
        if (l.isEmpty()) {
          continue;
        }
        seen++;
        PublishedDates.Parsed d = published == null ? dateOf(l) : null;
        if (d != null) {
          published = d;
          drop.add(i);
        } else if (l.length() <= 100 && BYLINE.matcher(l).matches()) {
          drop.add(i);
        } else {
          break;
        }
      }
      if (!drop.isEmpty()) {
        bodyStart = drop.get(drop.size() - 1) + 1;
      }
    }
    String body = String.join("\n", lines.subList(bodyStart, lines.size()));
    return new Parts(title, source, published, body);
  }

  private static boolean isHeadLine(String l) {
    return l.length() <= 100 && (dateOf(l) != null || BYLINE.matcher(l).matches());
  }

  /** The day of a date line ("Posted: ...", or a line that is only a date), basis TEXT. */
  static PublishedDates.Parsed dateOf(String line) {
    if (line.length() > 120) {
      return null;
    }
    Matcher m = DATE_LINE.matcher(line);
    PublishedDates.Parsed p = null;
    if (m.matches()) {
      p = PublishedDates.parse(m.group(1));
      if (p == null) {
        java.time.LocalDate d = PublishedDates.find(line);
        p = d == null ? null : new PublishedDates.Parsed(d, PublishedBasis.TEXT);
      }
    } else if (line.length() <= 40) {
      p = PublishedDates.parse(line);
      if (p != null && p.basis() != PublishedBasis.METADATA) {
        p = null;
      }
    }
    return p == null ? null : new PublishedDates.Parsed(p.date(), PublishedBasis.TEXT);
  }

  private static boolean looksLikeSource(String suffix, String line) {
    String s = suffix.strip();
    if (line.contains(" | " + s)) {
      return true;
    }
    return s.split("\\s+").length <= 4 && (Character.isUpperCase(s.charAt(0)) || s.contains("."));
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
