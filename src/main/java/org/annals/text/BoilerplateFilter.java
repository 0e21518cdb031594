package org.annals.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a list of paragraphs: comment forms, share bars, "via" lines, wire
 * sign-offs. Rules are data ({@code boilerplate.txt}): a {@code drop} rule removes a paragraph, a
 * {@code cut} rule removes the paragraph and everything after it, so long as body text precedes it.
 *
 * <p>Only paragraphs of at most {@link #MAX_BOILERPLATE_CHARS} characters are tested. Immutable and
 * thread-safe.
 */
public final class BoilerplateFilter {

  /** Paragraphs longer than this are body text and never tested against the rules. */
  public static final int MAX_BOILERPLATE_CHARS = 200;

  private static final String RESOURCE = "boilerplate.txt";

  private final Pattern drop;
  private final Pattern cut;

  private BoilerplateFilter(Pattern drop, Pattern cut) {
    this.drop = drop;
    this.cut = cut;
  }

  /** The filter with annals' shipped rules. */
  public static BoilerplateFilter standard() {
    try (InputStream in = BoilerplateFilter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return fromRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A filter from rules in the format of {@code boilerplate.txt}. */
  public static BoilerplateFilter fromRules(String rules) {
    List<String> drops = new ArrayList<>();
    List<String> cuts = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(rules))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException("rule without a pattern: " + line);
        }
        String kind = line.substring(0, space);
        String regex = line.substring(space + 1).strip();
        switch (kind) {
          case "drop" -> drops.add(regex);
          case "cut" -> cuts.add(regex);
          default -> throw new IllegalArgumentException("unknown rule kind: " + kind);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BoilerplateFilter(compile(drops), compile(cuts));
  }

  private static Pattern compile(List<String> alternatives) {
    if (alternatives.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(
        "(?:" + String.join(")|(?:", alternatives) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether this paragraph (already trimmed) is furniture to remove. */
  public boolean isDropped(String paragraph) {
    return paragraph.length() <= MAX_BOILERPLATE_CHARS && drop.matcher(paragraph).matches();
  }

  /** Whether this paragraph (already trimmed) starts the trailing furniture of a page. */
  public boolean startsTrailer(String paragraph) {
    return paragraph.length() <= MAX_BOILERPLATE_CHARS && cut.matcher(paragraph).matches();
  }

  /**
   * The paragraphs without furniture, in their order. A {@code cut} paragraph ends the text only
   * when at least one paragraph of body text was kept before it; otherwise it is just dropped.
   */
  public List<String> filter(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (startsTrailer(p)) {
        if (!kept.isEmpty()) {
          break;
        }
        continue;
      }
      if (!isDropped(p)) {
        kept.add(p);
      }
    }
    return kept;
  }
}
