package org.annals.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.text.Sentence;

/** Test fixtures: real texts and a plain sentence splitter (paragraphs, then ". "). */
final class Fixtures {

  private static final Pattern SENTENCE =
      Pattern.compile("[^\\n]+?(?:[.!?][\"”]?(?=\\s+[A-Z“\"(])|$)", Pattern.MULTILINE);

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/time/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      int b = m.start();
      while (b < m.end() && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      if (b < m.end()) {
        out.add(new Sentence(out.size(), b, m.end(), text.substring(b, m.end())));
      }
    }
    return out;
  }

  /** A target whose trigger is the first occurrence of {@code trigger} in {@code text}. */
  static DatingTarget target(String text, List<Sentence> sentences, String trigger) {
    int b = text.indexOf(trigger);
    if (b < 0) {
      throw new IllegalArgumentException("no '" + trigger + "' in text");
    }
    int e = b + trigger.length();
    for (Sentence s : sentences) {
      if (s.begin() <= b && b < s.end()) {
        return new DatingTarget(s.index(), s.begin(), s.end(), b, e);
      }
    }
    throw new IllegalArgumentException("trigger outside sentences");
  }
}
