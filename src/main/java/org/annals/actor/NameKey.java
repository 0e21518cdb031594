package org.annals.actor;

import java.util.Locale;

/**
 * A spelling-tolerant key for personal names written in Latin letters from other scripts: "Imomali
 * Rakhmon", "Emomali Rahmon" and "Emomali Rakhmonov" share one key.
 *
 * <p>Folds common transliteration variants (kh/h, dzh/zh/j, ph/f, y/i, w/v, q/k, ck/k), drops the
 * Slavic family-name endings -ov/-ev/-ova/-eva, then keeps the consonants only, with doubled
 * letters collapsed. Stateless and thread-safe.
 */
public final class NameKey {

  private NameKey() {}

  /** The key of one name word; empty for words too short to key safely. */
  public static String of(String word) {
    String s = word.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    if (s.length() < 3) {
      return "";
    }
    if (s.length() > 5) {
      for (String ending : new String[] {"OVA", "EVA", "OV", "EV"}) {
        if (s.endsWith(ending)) {
          s = s.substring(0, s.length() - ending.length());
          break;
        }
      }
    }
    s =
        s.replace("DZH", "J")
            .replace("DJ", "J")
            .replace("ZH", "J")
            .replace("KH", "H")
            .replace("PH", "F")
            .replace("CK", "K")
            .replace("Q", "K")
            .replace("W", "V")
            .replace("Y", "I");
    StringBuilder out = new StringBuilder(s.length());
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("AEIOU".indexOf(c) >= 0 || c == last) {
        last = c;
        continue;
      }
      out.append(c);
      last = c;
    }
    return out.length() < 3 ? "" : out.toString(); // "Loyn" (LN) would match too many names
  }
}
