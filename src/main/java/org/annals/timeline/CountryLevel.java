package org.annals.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces a CAMEO actor code to the level at which dyads are counted: the country, or the
 * organisation for non-state actors.
 *
 * <ul>
 *   <li>Country actors keep their first three letters, the ISO 3166 alpha-3 code (or CAMEO region
 *       code): {@code TJKGOV} and {@code TJKJUD} are both {@code TJK}.
 *   <li>Codes of international and non-state organisations ({@code IGO}, {@code NGO}, {@code NGM},
 *       {@code MNC}, {@code IMG}) keep the organisation: {@code IGOWSTNAT} (NATO) and {@code
 *       IGOUNO} (the UN) are different actors, and NATO's forces {@code IGOWSTNATMIL} are NATO. The
 *       organisation is the longest known organisation code of six letters or more (from
 *       PETRARCH2's international and non-state actor dictionaries, {@code organisation-codes.txt})
 *       that begins the code; for an unknown one, the code without its trailing role codes ({@code
 *       role-codes.txt}), keeping at least six letters.
 *   <li>Unknown countries ({@code ---}, {@code ---GOV}), blank and malformed codes have no level:
 *       {@link #of} returns null and the mention makes no dyad row.
 * </ul>
 *
 * <p>Thread-safe; the dictionaries are loaded once per JVM.
 */
public final class CountryLevel {

  private static final Set<String> ORGANISATION_PREFIXES =
      Set.of("IGO", "NGO", "NGM", "MNC", "IMG");

  private CountryLevel() {}

  /** The country or organisation code of {@code actorCode}, or null when it has none. */
  public static String of(String actorCode) {
    if (actorCode == null) {
      return null;
    }
    String code = actorCode.trim().toUpperCase(Locale.ROOT);
    if (code.length() < 3) {
      return null;
    }
    String prefix = code.substring(0, 3);
    for (int i = 0; i < 3; i++) {
      if (prefix.charAt(i) < 'A' || prefix.charAt(i) > 'Z') {
        return null;
      }
    }
    return ORGANISATION_PREFIXES.contains(prefix) ? organisation(code) : prefix;
  }

  private static String organisation(String code) {
    for (int len = code.length() - code.length() % 3; len >= 6; len -= 3) {
      if (Dictionaries.ORGANISATIONS.contains(code.substring(0, len))) {
        return code.substring(0, len);
      }
    }
    String org = code;
    while (org.length() > 6 && Dictionaries.ROLES.contains(org.substring(org.length() - 3))) {
      org = org.substring(0, org.length() - 3);
    }
    return org;
  }

  private static final class Dictionaries {
    static final Set<String> ORGANISATIONS = load("organisation-codes.txt");
    static final Set<String> ROLES = load("role-codes.txt");

    private static Set<String> load(String resource) {
      Set<String> codes = new HashSet<>();
      try (InputStream in = CountryLevel.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          String code = line.strip();
          if (!code.isEmpty() && !code.startsWith("#")) {
            codes.add(code);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(codes);
    }
  }
}
