package org.annals.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Regular English verb inflections of an upper-case base form. Stateless and thread-safe. */
final class Inflection {

  private Inflection() {}

  /** Third person, past and -ing forms; doubled-consonant variants for short closed syllables. */
  static List<String> regular(String base) {
    List<String> out = new ArrayList<>(6);
    int n = base.length();
    if (n < 2) {
      return out;
    }
    char last = base.charAt(n - 1);
    char prev = base.charAt(n - 2);
    boolean vowelPrev = "AEIOU".indexOf(prev) >= 0;
    if (base.endsWith("S")
        || base.endsWith("X")
        || base.endsWith("Z")
        || base.endsWith("CH")
        || base.endsWith("SH")
        || base.endsWith("O")) {
      out.add(base + "ES");
    } else if (last == 'Y' && !vowelPrev) {
      out.add(base.substring(0, n - 1) + "IES");
    } else {
      out.add(base + "S");
    }
    if (last == 'E') {
      out.add(base + "D");
      out.add(base.endsWith("EE") ? base + "ING" : base.substring(0, n - 1) + "ING");
    } else if (last == 'Y' && !vowelPrev) {
      out.add(base.substring(0, n - 1) + "IED");
      out.add(base + "ING");
    } else {
      out.add(base + "ED");
      out.add(base + "ING");
      boolean cvc =
          "AEIOUWXY".indexOf(last) < 0
              && vowelPrev
              && n >= 3
              && "AEIOU".indexOf(base.charAt(n - 3)) < 0;
      if (cvc) {
        out.add(base + last + "ED");
        out.add(base + last + "ING");
      }
    }
    return out;
  }

  /**
   * The base forms with their regular inflections and the irregular forms given: a closed word list
   * of verbs written once ("BEGIN" and "BEGAN", "BEGUN").
   */
  static Set<String> forms(List<String> bases, String... irregular) {
    Set<String> out = new HashSet<>(List.of(irregular));
    for (String b : bases) {
      out.add(b);
      out.addAll(regular(b));
    }
    return Set.copyOf(out);
  }
}
