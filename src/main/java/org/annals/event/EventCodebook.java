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
 *
 * <p>It also knows how CAMEO codes an event that is only announced. annals keeps a planned event's
 * own code and marks it {@link Modality#PLANNED} ("will make an official visit": 042, planned);
 * CAMEO codes announced cooperation as an intention, under 03 ("Express intent to ..."), and
 * announced conflict as a threat, under 13 (the usage notes of 030 and 130). {@link #intentCode}
 * gives that code, from the table {@code cameo-intent-codes.tsv}: for each code family, the 03 or
 * 13 code whose codebook description names the same act (04 consult: 036 meet or negotiate; 06
 * material cooperation: 031, 061: 0311; 07 aid: 033, 072: 0332; 08 yield: 035, 084: 0353; 16 reduce
 * relations: 131, 163: 1312; 17 coerce: 130, 173: 137; 18 assault: 1383; 19 fight: 138, 192: 1382;
 * 20: 1385). Verbal acts and families without an intent code (01, 02, 03, 09 to 13) keep their own
 * code.
 */
public final class EventCodebook {

  private static final String RESOURCE = "cameo-event-codes.tsv";
  private static final String INTENTS = "cameo-intent-codes.tsv";

  private final Map<String, EventType> types;
  private final Map<String, String> intents;

  private EventCodebook(Map<String, EventType> types, Map<String, String> intents) {
    this.types = Collections.unmodifiableMap(types);
    this.intents = Collections.unmodifiableMap(intents);
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

  /**
   * The code CAMEO gives an event of {@code code} that is announced rather than reported as done:
   * the intent (03) or threat (13) code of the longest prefix the intent table lists ("042" make a
   * visit: "036" express intent to meet; "0841" release persons: "0353"; "190": "138" threaten with
   * military force), else {@code code} itself. Null for null.
   */
  public String intentCode(String code) {
    if (code == null) {
      return null;
    }
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      String intent = intents.get(c);
      if (intent != null) {
        return intent;
      }
    }
    return code;
  }

  /** The intent table: each listed code with its intent code, both codes of the codebook. */
  public Map<String, String> intents() {
    return intents;
  }

  private static EventType withCode(EventType t, String code) {
    return new EventType(code, t.root(), t.label(), t.goldstein(), t.quadClass());
  }

  static EventCodebook load(InputStream in) throws IOException {
    return load(in, null);
  }

  /**
   * The codebook of {@code in} with the intent table of {@code intentTable} (none when null). Every
   * code of the intent table must be a code of the codebook.
   */
  static EventCodebook load(InputStream in, InputStream intentTable) throws IOException {
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
    Map<String, String> intents = new LinkedHashMap<>();
    if (intentTable != null) {
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(intentTable, StandardCharsets.UTF_8))) {
        boolean header = true;
        for (String line; (line = r.readLine()) != null; ) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            if (!line.startsWith("code\tintent")) {
              throw new IOException("not an intent table: " + line);
            }
            continue;
          }
          String[] f = line.split("\t", -1);
          String code = f[0].trim();
          String intent = f.length > 1 ? f[1].trim() : "";
          if (!types.containsKey(code) || !types.containsKey(intent)) {
            throw new IOException("intent table: not a code of the codebook: " + line);
          }
          intents.put(code, intent);
        }
      }
    }
    return new EventCodebook(types, intents);
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
      try (InputStream in = EventCodebook.class.getResourceAsStream(RESOURCE);
          InputStream intents = EventCodebook.class.getResourceAsStream(INTENTS)) {
        if (in == null || intents == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " or " + INTENTS);
        }
        return load(in, intents);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
