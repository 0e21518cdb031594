package org.annals.timeline;

import java.util.Locale;
import java.util.Set;

/**
 * Reduces a CAMEO actor code to the level at which dyads are counted: the country, or the
 * organisation for non-state actors.
 *
 * <ul>
 *   <li>Country actors keep their first three letters, the ISO 3166 alpha-3 code: {@code TJKGOV}
 *       and {@code TJKJUD} are both {@code TJK}.
 *   <li>Codes of international and non-state organisations ({@code IGO}, {@code NGO}, {@code
 *       NGM}, {@code MNC}, {@code IMG}) are kept whole: {@code IGOWSTNAT} (NATO) and {@code IGOUNO}
 *       (the UN) are different actors. CAMEO does not mark where an organisation code ends and a
 *       role code begins, so a role appended to such a code stays part of it.
 *   <li>Unknown countries ({@code ---}, {@code ---GOV}), blank and malformed codes have no level:
 *       {@link #of} returns null and the mention makes no dyad row.
 * </ul>
 */
public final class CountryLevel {

  private static final Set<String> ORGANISATION_PREFIXES = Set.of("IGO", "NGO", "NGM", "MNC", "IMG");

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
    return ORGANISATION_PREFIXES.contains(prefix) ? code : prefix;
  }
}
