package org.annals.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codebook: code, root, label, Goldstein value and quad class for every code.
 *
 * <p>Loaded from {@code cameo-event-codes.tsv} (GDELT's Goldstein table joined with the CAMEO code
 * descriptions; see the resource's SOURCES.md). Immutable and thread-safe.
 */
public final class EventCodebook {

  private static final String RESOURCE = "cameo-event-codes.tsv";

  private final Map<String, EventType> types;

  private EventCodebook(Map<String, EventType> types) {
    this.types = Collections.unmodifiableMap(types);
  }

  /** The codebook shipped with annals. */
  public static EventCodebook standard() {
    return Holder.STANDARD;
  }

  /** The event type of {@code code}; unknown sub-codes fall back to their base or root code. */
  public Optional<EventType> lookup(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      EventType t = types.get(c);
      if (t != null) {
        return Optional.of(c.equals(code) ? t : withCode(t, code));
      }
    }
    return Optional.empty();
  }

  /** True when {@code code} is a code of the codebook itself. */
  public boolean contains(String code) {
    return types.containsKey(code);
  }

  public Map<String, EventType> all() {
    return types;
  }

  private static EventType withCode(EventType t, String code) {
    return new EventType(code, t.root(), t.label(), t.goldstein(), t.quadClass());
  }

  static EventCodebook load(InputStream in) throws IOException {
    Map<String, EventType> types = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("event_code\t")) {
        throw new IOException("not a CAMEO code table: " + header);
      }
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String code = f[0].trim();
        double goldstein = Double.parseDouble(f[3].trim());
        int quad = Integer.parseInt(f[5].trim());
        types.put(code, new EventType(code, f[1].trim(), label(f[2]), goldstein, quad));
      }
    }
    return new EventCodebook(types);
  }

  /**
   * Codebook descriptions are upper-case for roots and end in "- not specified below" for the
   * residual codes; labels are in sentence case without that note ("Make statement").
   */
  static String label(String raw) {
    String s = raw.trim().replaceFirst("\\s*[-,]\\s*not specified below\\s*$", "").trim();
    if (s.isEmpty() || !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
      return s;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static final class Holder {
    static final EventCodebook STANDARD = loadStandard();

    private static EventCodebook loadStandard() {
      try (InputStream in = EventCodebook.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
