package org.annals.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation files ({@code <Sentence date id category>} elements with {@code
 * <EventCoding sourcecode targetcode eventcode>} or {@code noevents="True"} and a {@code <Text>}).
 * Tolerant of the files' not-quite-XML (comments with stray characters, spaces around {@code =},
 * single-quoted attributes, CDATA sections, character references) and of dates written {@code
 * yyyyMMdd} or {@code yyyy-MM-dd}. Records of the "ERROR" category (they test a coder's input
 * handling) are skipped; a sentence without a text is skipped and a date that cannot be read is
 * dropped, each with a {@link Contents#problems() problem} that says so.
 */
public final class PetrarchRecordReader {

  /**
   * A file's records and what could not be read of it.
   *
   * @param records the records, in file order
   * @param problems one line per sentence skipped or date dropped, naming the sentence
   */
  public record Contents(List<PetrarchRecord> records, List<String> problems) {}

  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
  private static final Pattern LEAF = Pattern.compile("\\([^\\s()]+ ([^\\s()]+)\\)");
  private static final Pattern SPACE_BEFORE =
      Pattern.compile(" (?=[.,;:!?%)]|'s\\b|'S\\b|n't\\b|'re\\b|'ve\\b|'ll\\b|'d\\b|'m\\b|'')");
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");
  private static final DateTimeFormatter[] DATES = {
    DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ISO_LOCAL_DATE
  };

  private PetrarchRecordReader() {}

  /** The records of a file; see {@link #readAll(Path)} for what could not be read. */
  public static List<PetrarchRecord> read(Path file) throws IOException {
    return readAll(file).records();
  }

  /** The records of a file and the problems met reading it. */
  public static Contents readAll(Path file) throws IOException {
    String xml = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
    List<PetrarchRecord> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Matcher s = SENTENCE.matcher(xml);
    int n = 0;
    while (s.find()) {
      n++;
      String attrs = s.group(1);
      String body = s.group(2);
      String category = attribute(attrs, "category");
      if (category.equalsIgnoreCase("ERROR")) {
        continue;
      }
      String id = attribute(attrs, "id");
      String name = id.isEmpty() ? "sentence " + n + " (no id)" : "sentence " + id;
      Matcher t = TEXT.matcher(body);
      boolean hasText = t.find();
      String text = hasText ? text(t.group(1)) : "";
      if (text.isEmpty()) {
        String what = hasText ? "empty <Text>" : "no <Text>";
        Matcher parse = PARSE.matcher(body);
        text = parse.find() ? parseLeaves(parse.group(1)) : "";
        if (text.isEmpty()) {
          problems.add(name + ": " + what + ", skipped");
          continue;
        }
        problems.add(name + ": " + what + ", read from its <Parse>");
      }
      String dateText = attribute(attrs, "date");
      LocalDate date = date(dateText);
      if (date == null && !dateText.isEmpty()) {
        problems.add(
            name
                + ": date \""
                + dateText
                + "\" is neither yyyyMMdd nor yyyy-MM-dd; its actors are resolved without it");
      }
      List<PetrarchRecord.GoldEvent> gold = new ArrayList<>();
      boolean noEvent = false;
      boolean coded = false;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        coded = true;
        String a = c.group(1);
        if (attribute(a, "noevents").equalsIgnoreCase("true")) {
          noEvent = true;
          continue;
        }
        String code = attribute(a, "eventcode");
        if (!code.isEmpty()) {
          gold.add(
              new PetrarchRecord.GoldEvent(
                  attribute(a, "sourcecode"), attribute(a, "targetcode"), code));
        }
      }
      out.add(new PetrarchRecord(id, date, category, text, List.copyOf(gold), noEvent, coded));
    }
    return new Contents(List.copyOf(out), List.copyOf(problems));
  }

  /**
   * The words of a Penn Treebank parse ("(NP (NNP Ukraine))") as a sentence: bracket tokens and
   * quotes restored, no space before punctuation and clitics.
   */
  static String parseLeaves(String parse) {
    List<String> words = new ArrayList<>();
    Matcher m = LEAF.matcher(unescape(parse));
    while (m.find()) {
      String w = m.group(1);
      words.add(
          switch (w) {
            case "-LRB-", "-LCB-", "-LSB-" -> "(";
            case "-RRB-", "-RCB-", "-RSB-" -> ")";
            case "``" -> "\"";
            default -> w;
          });
    }
    String text = SPACE_BEFORE.matcher(String.join(" ", words)).replaceAll("");
    return text.replace("( ", "(").replace("''", "\"").strip();
  }

  /** A sentence's text: CDATA opened, references resolved, white space collapsed. */
  private static String text(String raw) {
    Matcher c = CDATA.matcher(raw);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (c.find()) {
      sb.append(unescape(raw.substring(last, c.start()))).append(c.group(1));
      last = c.end();
    }
    sb.append(unescape(raw.substring(last)));
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static String attribute(String attrs, String name) {
    Matcher m =
        Pattern.compile(
                "\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
            .matcher(attrs);
    if (!m.find()) {
      return "";
    }
    return unescape(m.group(1) != null ? m.group(1) : m.group(2)).strip();
  }

  private static LocalDate date(String s) {
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static String unescape(String s) {
    Matcher m = CHARACTER_REFERENCE.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      int cp;
      try {
        cp = ref.charAt(0) == 'x' ? Integer.parseInt(ref.substring(1), 16) : Integer.parseInt(ref);
      } catch (NumberFormatException e) {
        cp = -1;
      }
      String replacement = Character.isValidCodePoint(cp) ? Character.toString(cp) : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
