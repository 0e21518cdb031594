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
 * Tolerant of the files' not-quite-XML (comments with stray characters, spaces around {@code =}).
 * Records of the "ERROR" category (they test a coder's input handling) are skipped.
 */
public final class PetrarchRecordReader {

  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private PetrarchRecordReader() {}

  public static List<PetrarchRecord> read(Path file) throws IOException {
    String xml = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
    List<PetrarchRecord> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(xml);
    while (s.find()) {
      String attrs = s.group(1);
      String body = s.group(2);
      String category = attribute(attrs, "category");
      if (category.equalsIgnoreCase("ERROR")) {
        continue;
      }
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        continue;
      }
      String text = unescape(t.group(1)).replaceAll("\\s+", " ").strip();
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
      out.add(
          new PetrarchRecord(
              attribute(attrs, "id"),
              date(attribute(attrs, "date")),
              category,
              text,
              List.copyOf(gold),
              noEvent,
              coded));
    }
    return out;
  }

  private static String attribute(String attrs, String name) {
    Matcher m =
        Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
            .matcher(attrs);
    return m.find() ? m.group(1).strip() : "";
  }

  private static LocalDate date(String s) {
    try {
      return s.length() == 8 ? LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
