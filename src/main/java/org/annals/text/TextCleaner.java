package org.annals.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns the raw body of an article into annals' cleaned text, the text every character offset of
 * the pipeline points into.
 *
 * <p>The cleaned text is a sequence of paragraphs separated by exactly {@code "\n\n"}; inside a
 * paragraph words are separated by single spaces; there is no leading or trailing whitespace and no
 * control character. Cleaning:
 *
 * <ul>
 *   <li>decodes HTML entities ({@code &amp;}, {@code &#8217;}) and removes lower-case HTML tags
 *       left by exports ({@code <p>}, {@code <br/>}, {@code <a href>}); upper-case angle-bracket
 *       tokens such as Reuters' tickers ({@code <BP>}) are text and stay;
 *   <li>removes control, zero-width and soft-hyphen characters; other spaces become plain spaces;
 *   <li>joins hard-wrapped lines (newswire text wrapped at ~70 columns, paragraphs marked by an
 *       indented line or a blank line) into paragraphs, so that sentences are not cut at line ends;
 *       in text that is not hard-wrapped every line is a paragraph, except that a line without
 *       closing punctuation continues on a next line that starts in lower case;
 *   <li>removes page furniture with a {@link BoilerplateFilter}.
 * </ul>
 *
 * <p>Cleaning cleaned text gives the same text (unless it holds entity text such as {@code
 * "&amp;lt;"}, which decodes one level a pass). Immutable and thread-safe; build one and share it.
 */
public final class TextCleaner {

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|table|section|article)\\b[^<>]{0,300}>");
  private static final Pattern INLINE_TAG =
      Pattern.compile(
          "</?(?:a|b|i|u|em|strong|span|font|small|sup|sub|img|abbr|cite|mark|time)\\b[^<>]{0,1000}>");

  /** Lines longer than this are paragraphs, not the lines of hard-wrapped text. */
  private static final int WRAPPED_LINE_MAX = 100;

  /** Shorter lines are no evidence of hard wrapping. */
  private static final int WRAPPED_LINE_MIN = 40;

  private final BoilerplateFilter boilerplate;

  public TextCleaner(BoilerplateFilter boilerplate) {
    this.boilerplate = boilerplate;
  }

  private static final class Holder {
    static final TextCleaner STANDARD = new TextCleaner(BoilerplateFilter.standard());
  }

  /** The cleaner with annals' shipped boilerplate rules; built once per JVM. */
  public static TextCleaner standard() {
    return Holder.STANDARD;
  }

  /** The cleaned text of {@code raw}; empty when nothing but furniture or whitespace remains. */
  public String clean(String raw) {
    return String.join("\n\n", paragraphs(raw));
  }

  /**
   * A one-line field (title, source, id) cleaned like text but without paragraphs or boilerplate
   * removal: entities decoded, tags and control characters removed, all whitespace runs (line
   * breaks included) one space.
   */
  public String cleanInline(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    return collapseSpaces(normaliseCharacters(decode(raw)).replace('\n', ' '));
  }

  private static String decode(String s) {
    if (s.indexOf('<') >= 0) {
      s = BLOCK_TAG.matcher(s).replaceAll("\n");
      s = INLINE_TAG.matcher(s).replaceAll("");
    }
    if (s.indexOf('&') >= 0 && ENTITY.matcher(s).find()) {
      s = Parser.unescapeEntities(s, false);
    }
    return s;
  }

  /** The cleaned paragraphs of {@code raw}, in order; each is non-empty. */
  public List<String> paragraphs(String raw) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    List<String> lines = lines(normaliseCharacters(decode(raw)));
    List<String> paragraphs =
        isHardWrapped(lines) ? joinWrappedLines(lines) : lineParagraphs(lines);
    return boilerplate.filter(paragraphs);
  }

  /** Line breaks become '\n', other controls and spaces become ' ', invisible characters go. */
  static String normaliseCharacters(String s) {
    int n = s.length();
    int first = 0;
    while (first < n && isPlain(s.charAt(first))) {
      first++;
    }
    if (first == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, first);
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append('\n');
      } else if (c == '\r') {
        b.append('\n');
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        b.append('\n');
      } else if (c == '\u00AD'
          || c == '\u200B'
          || c == '\u200C'
          || c == '\u200D'
          || c == '\u2060'
          || c == '\uFEFF'
          || c == '\u0000') {
        // invisible: soft hyphen, zero-width characters, byte-order mark, NUL
      } else if (c < ' '
          || (c >= '\u007F' && c <= '\u009F')
          || Character.getType(c) == Character.SPACE_SEPARATOR) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Characters that normalisation keeps as they are (the common case, checked cheaply). */
  private static boolean isPlain(char c) {
    return c == '\n' || (c >= ' ' && c < '\u007F') || (c > '\u00AD' && c < '\u2000');
  }

  private static List<String> lines(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        lines.add(s.substring(start, i));
        start = i + 1;
      }
    }
    lines.add(s.substring(start));
    return lines;
  }

  /**
   * Newswire-style hard wrapping: at least three lines, nearly all at most {@value
   * #WRAPPED_LINE_MAX} chars, and at least 30% of them cut mid-sentence: a line of {@value
   * #WRAPPED_LINE_MIN} or more chars without closing punctuation, followed by an unindented line.
   * Short open lines (menus, share bars, headings) are no evidence of wrapping.
   */
  static boolean isHardWrapped(List<String> lines) {
    int nonBlank = 0;
    int longLines = 0;
    int cut = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (t.length() > WRAPPED_LINE_MAX) {
        longLines++;
      } else if (t.length() >= WRAPPED_LINE_MIN
          && !endsClause(t)
          && i + 1 < lines.size()
          && !lines.get(i + 1).isBlank()
          && !Character.isWhitespace(lines.get(i + 1).charAt(0))) {
        cut++;
      }
    }
    return nonBlank >= 3 && longLines * 10 <= nonBlank && cut * 10 >= (nonBlank - 1) * 3;
  }

  private static boolean endsClause(CharSequence line) {
    char c = line.charAt(line.length() - 1);
    return ".!?:;\"”’')]".indexOf(c) >= 0;
  }

  /**
   * Every line is a paragraph, except that a line cut mid-sentence (no closing punctuation)
   * continues on the next line when that one is unindented and starts with a lower-case letter: the
   * wrapped notes under newswire tables.
   */
  private static List<String> lineParagraphs(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    StringBuilder p = new StringBuilder();
    for (String line : lines) {
      String t = line.strip();
      boolean continues =
          p.length() > 0
              && !t.isEmpty()
              && !Character.isWhitespace(line.charAt(0))
              && Character.isLowerCase(t.charAt(0))
              && !endsClause(p);
      if (!continues && p.length() > 0) {
        addCollapsed(out, p);
        p.setLength(0);
      }
      if (!t.isEmpty()) {
        if (p.length() > 0) {
          p.append(' ');
        }
        p.append(t);
      }
    }
    if (p.length() > 0) {
      addCollapsed(out, p);
    }
    return out;
  }

  /** A blank line or an indented line starts a paragraph; other line breaks are soft. */
  private static List<String> joinWrappedLines(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (String line : lines) {
      boolean blank = line.isBlank();
      boolean indented = !blank && Character.isWhitespace(line.charAt(0));
      if ((blank || indented) && p.length() > 0) {
        addCollapsed(out, p);
        p.setLength(0);
      }
      if (blank) {
        continue;
      }
      String t = line.strip();
      if (p.length() > 0) {
        int last = p.length() - 1;
        boolean hyphenated =
            p.charAt(last) == '-'
                && last > 0
                && Character.isLetter(p.charAt(last - 1))
                && Character.isLowerCase(t.charAt(0));
        if (!hyphenated) {
          p.append(' ');
        }
      }
      p.append(t);
    }
    if (p.length() > 0) {
      addCollapsed(out, p);
    }
    return out;
  }

  private static void addCollapsed(List<String> out, CharSequence p) {
    String c = collapseSpaces(p);
    if (!c.isEmpty()) {
      out.add(c);
    }
  }

  /** Runs of spaces become one space; leading and trailing spaces go. */
  static String collapseSpaces(CharSequence s) {
    String str = s.toString();
    int n = str.length();
    if (n == 0 || (str.charAt(0) != ' ' && str.charAt(n - 1) != ' ' && str.indexOf("  ") < 0)) {
      return str;
    }
    StringBuilder b = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
