package org.annals.event;

import java.util.List;
import org.annals.actor.ActorMention;

/**
 * Matches the CAMEO dictionary's patterns around a verb of a {@link Clause}: words before and after
 * the verb, in order with short gaps, never inside a named actor; the most specific pattern wins,
 * ties going to patterns written for this very verb and to those that mark a target. Built per verb
 * look-up; not shared.
 */
final class PatternMatcher {

  private final Clause c;

  PatternMatcher(Clause c) {
    this.c = c;
  }

  /** The most specific pattern of the verb's senses that matches, else the verb's own code. */
  Clause.Match bestMatch(Clause.Verb v) {
    Clause.Match best = null;
    int start = c.clauseStart(v);
    int end = c.infinitiveEnd(v);
    int bestScore = 0;
    for (VerbLexicon.Form f : v.forms()) {
      VerbSense sense = f.sense();
      for (VerbPattern p : sense.patterns()) {
        if (p.words() == 0 || 2 * p.words() + 2 < bestScore) {
          continue;
        }
        if (particleOnly(p) && p.code().compareTo("10") >= 0 && !writtenFor(p, sense)) {
          continue; // PRESS's "press on" (190) is no use of force by DEMAND, a synonym
        }
        Clause.Span[] target = new Clause.Span[1];
        if (matchesBefore(p, v.at(), start) && matchesAfter(p, v.end(), end, target)) {
          int score = 2 * p.words() + (target[0] != null ? 1 : 0) + (writtenFor(p, sense) ? 1 : 0);
          if (score > bestScore
              || (score == bestScore && best != null && sense.rank() > best.sense().rank())) {
            best = new Clause.Match(sense, p, p.code(), target[0]);
            bestScore = score;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (v.passive()) {
      // "sanctions were imposed on Iran": the pattern's object is the passive's subject, in the
      // few words before the verb ("The aid effort comes as 10 Americans were detained": no)
      int subject = Math.max(start + 1, v.at() - 7);
      for (int j = v.at() - 1; j >= subject; j--) {
        if (c.key(j).equals("AS")) {
          subject = j + 1;
          break;
        }
      }
      for (VerbLexicon.Form f : v.forms()) {
        for (VerbPattern p : f.sense().patterns()) {
          if (p.words() == 0 || !p.before().isEmpty() || 2 * p.words() <= bestScore) {
            continue;
          }
          Clause.Span[] target = new Clause.Span[1];
          if (matchesAfter(p, subject, v.at(), target) && target[0] == null) {
            best = new Clause.Match(f.sense(), p, p.code(), null);
            bestScore = 2 * p.words();
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    VerbSense own = null; // the verb's own code; the supplement's where both dictionaries code it
    for (VerbLexicon.Form f : v.forms()) {
      if (!f.sense().code().equals("---") && (own == null || f.sense().rank() > own.rank())) {
        own = f.sense();
      }
    }
    if (own != null) {
      return new Clause.Match(own, null, own.code(), null);
    }
    return new Clause.Match(v.forms().get(0).sense(), null, "---", null);
  }

  /**
   * True for a pattern of one preposition after the verb, which, when it codes conflict, is an
   * idiom of its own verb's ("press on") rather than a sense its synonyms share ("talk with").
   */
  private static boolean particleOnly(VerbPattern p) {
    if (!p.before().isEmpty() || p.after().size() != 1 || p.words() != 1) {
      return false;
    }
    VerbPattern.Element e = p.after().get(0);
    if (e.kind() != VerbPattern.Kind.WORDS) {
      return false;
    }
    for (List<String> alternative : e.alternatives()) {
      if (alternative.size() != 1 || !PatternEventCoder.preposition(alternative.get(0))) {
        return false;
      }
    }
    return true;
  }

  /** True when the pattern's comment names this verb ("PULLED_OUT" for PULL_OUT). */
  private static boolean writtenFor(VerbPattern p, VerbSense sense) {
    String head = VerbLexicon.words(sense.lemma()).get(0);
    return head.length() >= 3 && p.verb().startsWith(head);
  }

  private boolean matchesBefore(VerbPattern p, int verb, int start) {
    int pos = verb;
    for (int e = p.before().size() - 1; e >= 0; e--) {
      VerbPattern.Element el = p.before().get(e);
      if (el.kind() != VerbPattern.Kind.WORDS) {
        continue;
      }
      boolean found = false;
      for (int j = pos - 1; j > start && j >= pos - 4; j--) {
        if (matchesAt(el.alternatives(), j) > 0) {
          pos = j;
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesAfter(VerbPattern p, int from, int end, Clause.Span[] target) {
    int pos = from;
    int gap = 6;
    for (int e = 0; e < p.after().size(); e++) {
      VerbPattern.Element el = p.after().get(e);
      boolean found = false;
      // a named actor counts as one word of the gap ("called Israeli Prime Minister Benjamin
      // Netanyahu a liar"), but a particle after one is a preposition of its own ("attacked the
      // supertanker Arabian Sea off the Emirates" is no "kick off"); the first element is the
      // one right after the verb, searched over six words, the later ones over four
      boolean skipped = false;
      // "sold Australian bonds to the U.S.": a preposition that marks the target is no particle
      boolean marksTarget =
          e + 1 < p.after().size() && p.after().get(e + 1).kind() == VerbPattern.Kind.TARGET;
      int reach = marksTarget && gap == 6 ? 10 : gap; // "sell 25 pct of a Canadian plant to"
      for (int j = pos, steps = 0; j < end && steps < reach; steps++) {
        if (el.kind() == VerbPattern.Kind.WORDS) {
          int len = matchesAt(el.alternatives(), j);
          if (len > 0 && !(skipped && gap == 6 && len == 1 && particle(c.key(j)) && !marksTarget)) {
            pos = j + len;
            found = true;
            break;
          }
          int at = c.spanIndexAt(j);
          if (at >= 0 && named(j) && headMatches(el.alternatives(), c.spans.get(at))) {
            // "received the Israeli ambassador": the pattern's noun heads the actor, its target
            Clause.Span head = c.spans.get(at);
            if (target[0] == null) {
              target[0] = head;
            }
            pos = head.to();
            found = true;
            break;
          }
          if (at >= 0 && named(j)) {
            skipped = true;
            j = Math.max(j + 1, c.spans.get(at).to());
          } else if (at < 0 && c.amountWord(j)) {
            j++; // "export 600,000 tonnes of maize a year to": an amount counts as no word
            steps--;
          } else {
            j++;
          }
          continue;
        }
        if (c.spanIndexAt(j) >= 0) {
          Clause.Span s = c.spans.get(c.spanIndexAt(j));
          if (el.kind() == VerbPattern.Kind.TARGET) {
            target[0] = s;
          }
          pos = s.to();
          found = true;
          break;
        }
        j++;
      }
      if (!found) {
        return false;
      }
      gap = 4;
    }
    // "opened free trade talks": the pattern's noun names what the talks are about
    return p.after().isEmpty()
        || p.after().get(p.after().size() - 1).kind() != VerbPattern.Kind.WORDS
        || !ClauseWords.MEETING_NOUNS.containsKey(c.key(pos));
  }

  /**
   * True when a one-word alternative is the actor's last word, a common noun ("the Israeli
   * ambassador", "Soviet envoys"), not a name nor an actor its possessive ties to the subject ("its
   * troops").
   */
  private boolean headMatches(List<List<String>> alternatives, Clause.Span s) {
    int last = s.to() - 1;
    if (last <= s.from()
        || c.words.get(last).capitalized()
        || Clause.POSSESSIVES.contains(c.key(s.from()))) {
      return false;
    }
    for (List<String> alt : alternatives) {
      if (alt.size() == 1 && sameWord(c.key(last), alt.get(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean particle(String key) {
    return PatternEventCoder.preposition(key) || PARTICLES.contains(key);
  }

  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("OFF", "UP", "OUT", "DOWN", "BACK", "AWAY", "TO", "AS");

  /** Length of the first alternative that matches at word {@code at}, else 0. */
  private int matchesAt(List<List<String>> alternatives, int at) {
    if (at < 0 || at >= c.words.size() || (c.spanIndexAt(at) >= 0 && named(at))) {
      return 0; // words of a named actor are the actor, not pattern words ("artillery" may be)
    }
    if (c.nameWord(at) && c.nameWord(at + 1)) {
      return 0; // "received an order from Credit Lyonnais Canada": a name, not credit; "Eid" is
    }
    for (List<String> alt : alternatives) {
      if (at + alt.size() > c.words.size()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < alt.size() && ok; i++) {
        ok = sameWord(c.key(at + i), alt.get(i));
      }
      if (ok && !alt.isEmpty()) {
        return alt.size();
      }
    }
    return 0;
  }

  /**
   * True when the actor at word {@code at} is named: its country known and written with a capital
   * ("Russian troops"), not a common noun that took its country from the context ("conducting
   * military exercises": "military" is the pattern's word).
   */
  private boolean named(int at) {
    ActorMention m = c.spans.get(c.spanIndexAt(at)).mention();
    if (m.country().equals(ActorMention.UNKNOWN_COUNTRY)) {
      return false;
    }
    return !m.text().equals(m.text().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean sameWord(String text, String dict) {
    if (text.equals(dict)) {
      return true;
    }
    String t = Clause.singular(text);
    return t.equals(dict) || t.equals(Clause.singular(dict));
  }
}
