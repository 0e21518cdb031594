package org.annals.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an actor dictionary: the phrases that name an actor and its codes over time.
 *
 * @param headword the first phrase, as the dictionary writes it ("EMOMALI_RAHMONOV")
 * @param phrases every phrase that names the actor, each as upper-case word keys
 * @param codes the codes with their periods, in dictionary order
 */
public record ActorEntry(String headword, List<List<String>> phrases, List<CodeSpan> codes) {

  /**
   * The code on {@code date}: the dated code whose period contains it, else the undated default,
   * else the code of the nearest period. With a null date the open-ended or undated code wins.
   */
  public String codeOn(LocalDate date) {
    if (codes.isEmpty()) {
      return ActorMention.UNKNOWN_COUNTRY;
    }
    if (date != null) {
      for (CodeSpan s : codes) {
        if (s.dated() && s.contains(date)) {
          return s.code();
        }
      }
    }
    for (CodeSpan s : codes) {
      if (!s.dated()) {
        return s.code();
      }
    }
    if (date == null) {
      for (int i = codes.size() - 1; i >= 0; i--) {
        if (codes.get(i).to() == null) {
          return codes.get(i).code();
        }
      }
      return codes.get(codes.size() - 1).code();
    }
    CodeSpan best = codes.get(0);
    for (CodeSpan s : codes) {
      if (s.distance(date) < best.distance(date)) {
        best = s;
      }
    }
    return best.code();
  }
}
