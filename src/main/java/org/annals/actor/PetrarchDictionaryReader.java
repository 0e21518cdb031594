package org.annals.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads actor and agent dictionaries in the TABARI/PETRARCH format (the Phoenix and validation
 * dictionaries of PETRARCH2).
 *
 * <p>Actors: a headword line ({@code TAJIKISTAN_}), synonym lines starting with {@code +}, and
 * codes in brackets with optional periods ({@code [TJKGOV >921119]}, {@code [TJK 910909-911221]},
 * {@code [USRTJK <910909]}), on the same line or indented lines below; consecutive headwords with
 * no codes of their own share the codes that follow them. Agents: {@code PHRASE {PLURALS} [~GOV]}
 * lines and {@code !PERSON! = MAN, MEN} substitution sets. {@code #} starts a comment, {@code <!--
 * -->} blocks are skipped. Stateless; every method is thread-safe.
 */
public final class PetrarchDictionaryReader {

  private PetrarchDictionaryReader() {}

  /** The actor entries of a dictionary, in file order. */
  public static List<ActorEntry> readActors(BufferedReader in) throws IOException {
    List<ActorEntry> out = new ArrayList<>();
    String head = null;
    List<List<String>> phrases = new ArrayList<>();
    List<CodeSpan> codes = new ArrayList<>();
    boolean inComment = false;
    for (String raw; (raw = in.readLine()) != null; ) {
      if (inComment || raw.contains("<!--")) {
        inComment = !raw.contains("-->");
        continue;
      }
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      String t = line.strip();
      if (indented && t.startsWith("[")) {
        codes.addAll(codes(t));
        continue;
      }
      if (t.startsWith("+")) {
        List<String> p = phrase(t.substring(1));
        if (!p.isEmpty() && head != null) {
          phrases.add(p);
        }
        codes.addAll(codes(t));
        continue;
      }
      int bracket = t.indexOf('[');
      String name = (bracket < 0 ? t : t.substring(0, bracket)).strip();
      if (head != null && codes.isEmpty()) {
        // "BORIS_YELTSIN_" then "BORIS_N._YELTSIN" then codes: headwords with no codes of their
        // own share the codes that follow them, as PETRARCH reads them
        List<String> p = phrase(name);
        if (!p.isEmpty()) {
          phrases.add(p);
        }
        codes.addAll(codes(t));
        continue;
      }
      if (head != null) {
        out.add(new ActorEntry(head, List.copyOf(phrases), List.copyOf(codes)));
      }
      phrases = new ArrayList<>();
      codes = new ArrayList<>();
      head = name;
      List<String> p = phrase(head);
      if (!p.isEmpty()) {
        phrases.add(p);
      } else {
        head = null;
      }
      codes.addAll(codes(t));
    }
    if (head != null) {
      out.add(new ActorEntry(head, List.copyOf(phrases), List.copyOf(codes)));
    }
    return out;
  }

  /** The agent entries of an agents dictionary, plural forms included. */
  public static List<AgentEntry> readAgents(BufferedReader in) throws IOException {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<AgentEntry> out = new ArrayList<>();
    boolean inComment = false;
    for (String raw; (raw = in.readLine()) != null; ) {
      if (inComment || raw.contains("<!--")) {
        inComment = !raw.contains("-->");
        continue;
      }
      String t = stripComment(raw).strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("!") && t.contains("=")) {
        String name = t.substring(0, t.indexOf('=')).strip();
        List<String> values = new ArrayList<>();
        for (String v : t.substring(t.indexOf('=') + 1).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
        sets.put(name, values);
        continue;
      }
      int bracket = t.indexOf('[');
      int close = t.indexOf(']', bracket + 1);
      if (bracket < 0 || close < 0) {
        continue;
      }
      String code = t.substring(bracket + 1, close).strip().toUpperCase(Locale.ROOT);
      boolean primary = code.endsWith("~");
      code = code.replace("~", "");
      if (code.isEmpty()) {
        continue;
      }
      String words = t.substring(0, bracket);
      List<String> forms = new ArrayList<>();
      int brace = words.indexOf('{');
      if (brace >= 0) {
        int end = words.indexOf('}', brace);
        for (String f : words.substring(brace + 1, end < 0 ? words.length() : end).split("\\s+")) {
          if (!f.isBlank()) {
            forms.add(f);
          }
        }
        words = words.substring(0, brace);
      }
      forms.add(0, words.strip());
      for (String form : forms) {
        for (String expanded : expand(form, sets)) {
          List<String> p = phrase(expanded);
          if (!p.isEmpty()) {
            out.add(new AgentEntry(p, code, primary));
          }
        }
      }
    }
    return out;
  }

  /**
   * Word keys of a dictionary phrase: underscores and spaces separate words. A parenthesis after a
   * name of three words or more is the dictionary's note, not words of the name
   * ("AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_", "IRISH_REPUBLICAN_ARMY_(IRA)_"); after a shorter
   * one it tells apart names that are otherwise the same ("VIRGIN_ISLANDS_(UK)_", "KOREA_(NORTH)_")
   * and stays.
   */
  public static List<String> phrase(String s) {
    int bracket = s.indexOf('[');
    String p = bracket < 0 ? s : s.substring(0, bracket);
    List<String> keys = keys(p);
    if (p.indexOf('(') >= 0) {
      List<String> bare = keys(p.replaceAll("\\([^)]*\\)", " "));
      if (bare.size() >= 3) {
        return bare;
      }
    }
    return keys;
  }

  private static List<String> keys(String phrase) {
    List<String> keys = new ArrayList<>();
    for (Word w : WordTokenizer.words(phrase.replace('_', ' ').strip())) {
      keys.add(w.key());
    }
    return keys;
  }

  private static List<String> expand(String form, Map<String, List<String>> sets) {
    int a = form.indexOf('!');
    int b = a < 0 ? -1 : form.indexOf('!', a + 1);
    if (b < 0) {
      return List.of(form);
    }
    List<String> values = sets.get(form.substring(a, b + 1));
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(expand(form.substring(0, a) + v + form.substring(b + 1), sets));
    }
    return out;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<CodeSpan> codes(String line) {
    List<CodeSpan> out = new ArrayList<>();
    int i = 0;
    while ((i = line.indexOf('[', i)) >= 0) {
      int j = line.indexOf(']', i);
      if (j < 0) {
        break;
      }
      String[] f = line.substring(i + 1, j).strip().split("\\s+");
      i = j + 1;
      if (f.length == 0 || f[0].isEmpty()) {
        continue;
      }
      String code = f[0].toUpperCase(Locale.ROOT);
      if (f.length < 2) {
        out.add(new CodeSpan(code, null, null, false));
        continue;
      }
      String range = f[1];
      LocalDate from = null;
      LocalDate to = null;
      if (range.startsWith("<")) {
        to = date(range.substring(1));
      } else if (range.startsWith(">")) {
        from = date(range.substring(1));
      } else if (range.contains("-")) {
        from = date(range.substring(0, range.indexOf('-')));
        to = date(range.substring(range.indexOf('-') + 1));
      }
      boolean dated = from != null || to != null;
      out.add(new CodeSpan(code, from, to, dated));
    }
    return out;
  }

  /** YYMMDD (years up to 40 are 20YY) or YYYYMMDD; null when unreadable. */
  static LocalDate date(String s) {
    String d = s.strip();
    try {
      int year;
      int rest;
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        year = yy <= 40 ? 2000 + yy : 1900 + yy;
        rest = 2;
      } else if (d.length() == 8) {
        year = Integer.parseInt(d.substring(0, 4));
        rest = 4;
      } else {
        return null;
      }
      int month = Math.max(1, Math.min(12, Integer.parseInt(d.substring(rest, rest + 2))));
      int day = Math.max(1, Integer.parseInt(d.substring(rest + 2, rest + 4)));
      LocalDate first = LocalDate.of(year, month, 1);
      return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
