package org.annals.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events named by a noun rather than a verb, from {@code event-nouns.tsv}: "Turkey's warning to
 * Greece", "U.S. pressure on Bonn", "Iraqi air strikes on Iran", "a complaint by the EC against
 * Japan". Both parties must be marked: the author by a possessive, a modifying actor or "from" /
 * "by"; the target by one of the noun's prepositions, or as the subject that replies to the act
 * ("Greece, replying to a warning from Turkey"). Negated ("no attack on"), denied and merely
 * possible acts are left out; a planned visit is an intent to visit (036). Thread-safe.
 */
final class NominalEvents {

  /**
   * An event found: its noun's word index, its parties, code and modality, and whether its author
   * is the subject of a support verb ("launched an attack on"), whose own event, if any, wins.
   */
  record Found(
      int at,
      Clause.Span source,
      Clause.Span target,
      String code,
      Modality modality,
      boolean supported) {}

  private record Noun(String code, Set<String> prepositions) {}

  static final String RESOURCE = "event-nouns.tsv";

  /**
   * Words before a noun that make its act a prospect: "a planned visit", "possible attacks", "any
   * attack on".
   */
  private static final Set<String> PROSPECTS =
      Set.of(
          "PLANNED",
          "PROPOSED",
          "UPCOMING",
          "FORTHCOMING",
          "EXPECTED",
          "POSSIBLE",
          "POTENTIAL",
          "FUTURE",
          "THREATENED",
          "IMPENDING",
          "PROSPECTIVE",
          "ANY");

  /**
   * Words after which an act is one the clause's subject faces: "will not change its decision
   * despite protests from Taiwan", "failed to agree because of opposition from Britain", "accepted
   * a postponement following a request from Cuba", "Kuwait came under attack by Iran".
   */
  private static final Set<String> FACING =
      Set.of(
          "DESPITE", "BECAUSE", "AMID", "FACING", "FACES", "FACED", "FACE", "FOLLOWING", "UNDER");

  /**
   * Verbs whose subject answers or bears an act named after them: "Greece, replying to a warning",
   * "Japan accepted a U.S. request", "Egypt's decision to ignore U.N. advice", "its troops repelled
   * an Iranian attack", "crushed a new Iranian offensive", "Iraqi troops suffered casualties in an
   * offensive".
   */
  private static final Set<String> REPLIES =
      Set.of(
          "REPLYING",
          "REPLIED",
          "RESPONDING",
          "RESPONDED",
          "REJECTED",
          "REJECTS",
          "REJECTING",
          "ACCEPTED",
          "ACCEPTS",
          "ACCEPTING",
          "IGNORED",
          "IGNORING",
          "IGNORE",
          "REBUFFED",
          "DEFIED",
          "DEFYING",
          "RESISTED",
          "RESISTING",
          "DISMISSED",
          "REPELLED",
          "REPELLING",
          "REPULSED",
          "REPULSING",
          "SUFFERED",
          "SUFFERING",
          "CRUSHED",
          "CRUSHING",
          "FOILED",
          "THWARTED",
          "BLUNTED");

  private final Map<String, Noun> nouns;

  private NominalEvents(Map<String, Noun> nouns) {
    this.nouns = nouns;
  }

  /** The shipped noun list, its codes checked against {@code codebook}. */
  static NominalEvents load(EventCodebook codebook) {
    Map<String, Noun> out = new HashMap<>();
    try (InputStream in = NominalEvents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\t");
        if (f.length != 3 || !codebook.contains(f[1])) {
          throw new IllegalStateException(RESOURCE + ": bad line: " + line);
        }
        out.put(f[0], new Noun(f[1], Set.of(f[2].split(" "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NominalEvents(Map.copyOf(out));
  }

  /**
   * True when a noun of a violent act (18, 19 or 20: "attack", "air strike", "shelling") starts at
   * word {@code i}.
   */
  boolean attackNounAt(Clause c, int i) {
    Noun two = nouns.get(c.key(i) + " " + c.key(i + 1));
    Noun one = nouns.get(c.key(i));
    return (two != null && PatternEventCoder.violence(two.code()))
        || (one != null && PatternEventCoder.violence(one.code()));
  }

  /** The events the clause's event nouns name, in word order. */
  List<Found> find(Clause c) {
    List<Found> out = new ArrayList<>();
    int n = c.words.size();
    for (int i = 0; i < n; i++) {
      int len = 2;
      Noun noun = i + 1 < n ? nouns.get(c.key(i) + " " + c.key(i + 1)) : null;
      if (noun == null) {
        len = 1;
        noun = nouns.get(c.key(i));
      }
      if (noun == null || (isVerb(c, i) && !nounContext(c, i)) || inName(c, i)) {
        continue;
      }
      if (negatedOrDenied(c, i)) {
        continue; // "no attack on", "denied charges of bombing"
      }
      if (cancelled(c, i)) {
        // "Petrobras cancelled a crude oil purchase from Saudi Arabia": no purchase, but trade cut
        Found cut = TRADE.contains(noun.code()) ? tradeCut(c, i, len) : null;
        if (cut != null) {
          out.add(cut);
        }
        continue;
      }
      if (noun.code().equals("042") && datesAnother(c, i)) {
        continue; // "the loan, agreed last September during a visit to the U.S. by Aquino"
      }
      Modality modality = Modality.ASSERTED;
      String code = noun.code();
      if (prospect(c, i)) {
        if (!code.equals("042")) {
          continue; // "possible attacks on": not an act
        }
        code = "036"; // "a planned visit to China": an intent to visit
        modality = Modality.PLANNED;
      } else if (scheduled(c, i + len)) {
        // "American tariffs on Japanese goods set to go into effect on April 17": announced, not
        // yet in force; a threat (1312) as the act's intent code says
        code = PatternEventCoder.intent(code);
        modality = Modality.PLANNED;
        if (code == null) {
          continue;
        }
      }
      // a sale names its seller by its goods ("a sale of U.S. wheat flour to Iraq"); "India's
      // exports to Australia" are a trade figure, no act
      boolean purchase = PURCHASES.contains(c.key(i));
      Clause.Span source =
          TRADE.contains(noun.code()) && !purchase ? origin(c, i + len) : author(c, i, i + len);
      boolean supported = false;
      int lifting = source == null && code.equals("163") ? liftingVerb(c, i) : -1;
      if (lifting >= 0) {
        // "the United States could lift trade sanctions against Japan": the sanctions it imposed
        List<Clause.Span> subjects = c.subjectBefore(lifting);
        source = subjects.isEmpty() ? null : stated(subjects.get(0));
        if (THREATENED.contains(c.key(i - 1)) || THREATENED.contains(c.key(i - 2))) {
          code = "1312"; // "to drop threatened trade sanctions": a threat, none imposed yet
          modality = Modality.PLANNED;
        }
      }
      if (source == null && modality == Modality.ASSERTED) {
        int verb = supportVerb(c, i);
        supported = true;
        Modality stated = verb < 0 ? null : statedBy(c, verb);
        if (stated == null) {
          continue; // no support verb, or "did not launch an attack": no act
        }
        List<Clause.Span> subjects = c.subjectBefore(verb);
        source = subjects.isEmpty() ? null : stated(subjects.get(0));
        if (stated != Modality.ASSERTED || PLEDGES.contains(c.key(verb))) {
          code = PatternEventCoder.intent(code); // "pledged aid to Haiti": an intent to give it
          modality = Modality.PLANNED;
        }
      }
      if (source == null || code == null) {
        continue;
      }
      Clause.Span target =
          purchase // "the purchase of 1.5 mln tonnes of U.S. corn by Japan": from the seller
              ? origin(c, i + len)
              : aimedAt(c, i + len, noun.prepositions(), TRADE.contains(noun.code()) ? 16 : 8);
      if (target == null) {
        target = replier(c, i);
      }
      if (target == null || PatternEventCoder.stateless(target.mention())) {
        continue;
      }
      Set<String> countries = new HashSet<>();
      for (Clause.Span author : c.compound(source)) { // "opposition from Britain and Germany"
        String country = author.mention().country();
        if (!PatternEventCoder.stateless(author.mention())
            && !target.mention().country().equals(country)
            && countries.add(country)) {
          out.add(new Found(i, author, target, code, modality, supported));
        }
      }
    }
    for (Clause.Span s : c.spans) {
      Found aid = aidWorkersIn(c, s);
      if (aid != null) {
        out.add(aid);
      }
    }
    out.sort((a, b) -> Integer.compare(a.at(), b.at()));
    return out;
  }

  /**
   * "UK rescuers in Haiti", "French aid workers heading to Haiti": a state's rescuers or aid
   * workers in or bound for another country give it humanitarian aid (073).
   */
  private static Found aidWorkersIn(Clause c, Clause.Span s) {
    int last = s.to() - 1;
    int end = -1; // after the agent noun, which may run past the actor ("Chinese rescue" teams)
    if (AID_AGENTS.contains(c.key(last))
        || (last > s.from() && AID_AGENTS.contains(c.key(last - 1) + " " + c.key(last)))) {
      end = s.to();
    } else if (AID_AGENTS.contains(c.key(last) + " " + c.key(s.to()))) {
      end = s.to() + 1;
    }
    if (end < 0 || PatternEventCoder.stateless(s.mention()) || negatedOrDenied(c, s.from())) {
      return null;
    }
    for (int j = end; j < Math.min(c.words.size() - 1, end + 4); j++) {
      String k = c.key(j);
      if (k.equals("IN") || k.equals("TO") || k.equals("INTO") || k.equals("FROM")) {
        Clause.Span place = actorAfter(c, j + 1); // "UK rescuers returning home from Haiti"
        boolean country = place != null && place.mention().code().length() == 3;
        return country && !place.mention().country().equals(s.mention().country())
            ? new Found(last, s, place, "073", Modality.ASSERTED, false)
            : null;
      }
      if (PatternEventCoder.clauseBreak(k)
          || c.spanIndexAt(j) >= 0
          || ClauseWords.NEGATIONS.contains(k)) {
        return null; // "aid workers will not go to Haiti"
      }
    }
    return null;
  }

  /** Words by which a visit named after them dates another act: "during a visit to". */
  private static final Set<String> DATING = Set.of("DURING", "AFTER", "BEFORE", "FOLLOWING");

  /**
   * True when visit noun {@code i} only dates another act: "agreed upon in principle last September
   * during a visit to the United States by President Corazon Aquino".
   */
  private static boolean datesAnother(Clause c, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      String k = c.key(j);
      if (DATING.contains(k)) {
        return true;
      }
      if (!PatternEventCoder.determiner(k)
          && !(c.words.get(j).key().chars().allMatch(Character::isLetter)
              && !c.words.get(j).capitalized()
              && c.spanIndexAt(j) < 0)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Verbs whose subject performs the act their object names: "Iraq launched an attack on Iran",
   * "Turkey issued a warning to Greece", "U.S. exporters reported sales of wheat to Jordan", "the
   * US is mounting relief operations in Haiti", "the CCC accepted a bid for a bonus to cover the
   * sale of semolina to Egypt".
   */
  private static final Set<String> SUPPORT_VERBS =
      Inflection.forms(
          List.of(
              "LAUNCH",
              "MOUNT",
              "ISSUE",
              "LODGE",
              "STAGE",
              "DELIVER",
              "EXTEND",
              "REPORT",
              "ANNOUNCE",
              "CONDUCT",
              "STEP",
              "INTENSIFY",
              "RENEW",
              "VOICE",
              "EXPRESS",
              "REITERATE",
              "AIRLIFT",
              "SHIP",
              "RUSH",
              "DISPATCH",
              "CONCLUDE",
              "PLEDGE",
              "PROMISE",
              "OFFER",
              "PROVIDE",
              "CARRY",
              "BEGIN",
              "MAKE",
              "SEND",
              "GIVE",
              "FLY",
              "PAY",
              "COVER"),
          "BEGAN",
          "BEGUN",
          "MADE",
          "SENT",
          "GAVE",
          "GIVEN",
          "FLEW",
          "FLOWN",
          "PAID");

  /** Support verbs that promise the act rather than perform it: "pledged aid to Haiti". */
  private static final Set<String> PLEDGES =
      Inflection.forms(List.of("PLEDGE", "PROMISE", "OFFER"), "PLEDGED", "PROMISED", "OFFERED");

  /**
   * The support verb whose object the noun at {@code i} heads: at most five words before it, past
   * determiners, adjectives, numbers and "one of the" ("mounting one of the biggest relief
   * operations", "carried out air strikes"), or -1.
   */
  private static int supportVerb(Clause c, int i) {
    for (int j = i - 1; j >= Math.max(1, i - 6); j--) {
      String k = c.key(j);
      if (SUPPORT_VERBS.contains(k)) {
        return j;
      }
      boolean modifier =
          PatternEventCoder.determiner(k)
              || k.equals("ONE")
              || (k.equals("OF") && c.key(j - 1).equals("ONE")) // "one of the biggest"
              || k.equals("OUT")
              || k.equals("UP")
              || (!c.words.get(j).capitalized()
                  && k.chars().allMatch(Character::isLetter)
                  && !PatternEventCoder.preposition(k)
                  && !k.equals("TO"))
              || k.chars().anyMatch(Character::isDigit);
      boolean gerund = k.endsWith("ING") && j == i - 1; // "launched two bombing raids"
      if (!modifier || c.spanIndexAt(j) >= 0 || (isVerb(c, j) && !gerund)) {
        return -1; // another verb's object, or an actor's own noun phrase
      }
    }
    return -1;
  }

  /**
   * How the verb group of support verb {@code j} states the act: null when negated ("did not
   * launch"), possible ("could launch") or a wish; planned for "will", "plans to"; else asserted.
   */
  private static Modality statedBy(Clause c, int j) {
    if ((PatternEventCoder.be(c.key(j - 1)) || c.key(j - 1).equals("BEEN"))
        && !c.key(j).endsWith("ING")) {
      return null; // "the U.S. has been promised exports": the subject receives, not acts
    }
    boolean planned = false;
    for (int k = j - 1; k >= Math.max(0, j - 4); k--) {
      String w = c.key(k);
      if (ClauseWords.NEGATIONS.contains(w) || ClauseWords.POSSIBLE.contains(w)) {
        return null;
      }
      planned |= ClauseWords.PLANNED.contains(w) && !w.equals("TO");
      if (c.spanIndexAt(k) >= 0 || PatternEventCoder.clauseBreak(w)) {
        break;
      }
    }
    planned |= c.ownedAimBefore(j); // "the U.S. threat to impose tariffs on"
    return planned ? Modality.PLANNED : Modality.ASSERTED;
  }

  /** Nouns of people sent to give humanitarian aid, one or two words. */
  private static final Set<String> AID_AGENTS =
      Set.of(
          "RESCUERS",
          "RESCUE WORKERS",
          "RESCUE TEAM",
          "RESCUE TEAMS",
          "AID WORKERS",
          "RELIEF WORKERS",
          "MEDICAL TEAM",
          "MEDICAL TEAMS",
          "MEDICS",
          "VOLUNTEERS");

  /**
   * True when the word before makes the word a noun whatever its form: a determiner, a possessive,
   * a preposition or "despite" ("despite protests from Taiwan").
   */
  private static boolean nounContext(Clause c, int i) {
    String k = c.key(i - 1);
    boolean adjective = // "the recent purchase", "a hastily-called meeting"
        i >= 2
            && PatternEventCoder.determiner(c.key(i - 2))
            && !c.words.get(i - 1).capitalized()
            && c.lettersOnly(i - 1);
    int before = i > 0 ? c.spanIndexAt(i - 1) : -1;
    boolean actorAdjective = // "the U.S. military attack on", "an Iranian raid"
        before >= 0
            && c.spans.get(before).to() == i
            && c.spans.get(before).from() > 0
            && (PatternEventCoder.determiner(c.key(c.spans.get(before).from() - 1))
                || PatternEventCoder.preposition(c.key(c.spans.get(before).from() - 1)));
    return c.spanIndexAt(i) >= 0 // "UK aid efforts": the word ends an actor's noun phrase
        || actorAdjective
        || adjective
        || c.key(i + 1).equals("OF") // "Recent purchases of U.S. corn by the Soviet Union"
        || PatternEventCoder.determiner(k)
        || PatternEventCoder.preposition(k)
        || FACING.contains(k)
        || k.equals("'S");
  }

  private static boolean isVerb(Clause c, int i) {
    return c.isVerbAt(i);
  }

  /** True when the noun is a word of a named actor ("the Arab League Summit"). */
  private static boolean inName(Clause c, int i) {
    int at = c.spanIndexAt(i);
    return at >= 0 && c.words.get(i).capitalized() && c.spans.get(at).from() < i;
  }

  private static boolean negatedOrDenied(Clause c, int i) {
    for (int j = Math.max(0, i - 4); j < i; j++) {
      String k = c.key(j);
      if (ClauseWords.DENIALS.contains(k) || (j >= i - 3 && ClauseWords.NEGATIONS.contains(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb a few words before sanctions noun {@code i} that lifts them ("could lift an additional
   * 84 mln dlrs in trade sanctions against"), with no actor or clause break between; else -1.
   */
  private static int liftingVerb(Clause c, int i) {
    for (int j = i - 1; j >= Math.max(1, i - 8); j--) {
      if (LIFTING.contains(c.key(j))) {
        return j;
      }
      if (PatternEventCoder.clauseBreak(c.key(j)) || c.spanIndexAt(j) >= 0 || c.isVerbAt(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs that lift sanctions, which were in force till then. */
  private static final Set<String> LIFTING =
      Inflection.forms(List.of("LIFT", "EASE", "REMOVE", "RESCIND", "DROP", "END"), "DROPPED");

  /** Words that make sanctions a threat: "threatened trade sanctions". */
  private static final Set<String> THREATENED = Set.of("THREATENED", "PLANNED", "PROPOSED");

  /** Verbs that call off what their object names: "cancelled a 40 mln dlr purchase from". */
  private static final Set<String> CANCELLING =
      Inflection.forms(
          List.of("CANCEL", "HALT", "SUSPEND", "STOP", "SCRAP", "ABANDON", "POSTPONE", "DELAY"),
          "CANCELLED",
          "CANCELLING");

  private static boolean cancelled(Clause c, int i) {
    return cancelling(c, i) >= 0;
  }

  /** The index of the cancelling verb in the eight words before noun {@code i}, or -1. */
  private static int cancelling(Clause c, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
      if (CANCELLING.contains(c.key(j))) {
        return j;
      }
      if (PatternEventCoder.clauseBreak(c.key(j))) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs of cancelling by which one party cuts its trade with another. */
  private static final Set<String> CUTTING =
      Inflection.forms(
          List.of("CANCEL", "SCRAP", "ABANDON", "SUSPEND", "HALT", "STOP"), "CANCELLED");

  /**
   * "Brazil's Petrobras cancelled a crude oil purchase from Saudi Arabia", "China cancelled 30,000
   * tonnes of U.S. wheat purchases": a purchase or sale its party calls off reduces relations with
   * the other (160); null when the cancelling is negated or either party is not named.
   */
  private static Found tradeCut(Clause c, int i, int len) {
    int verb = cancelling(c, i);
    if (verb < 0 || !CUTTING.contains(c.key(verb)) || statedBy(c, verb) != Modality.ASSERTED) {
      return null;
    }
    List<Clause.Span> subjects = c.subjectBefore(verb);
    Clause.Span source = subjects.isEmpty() ? null : stated(subjects.get(0));
    boolean purchase = PURCHASES.contains(c.key(i));
    Clause.Span other = aimedAt(c, i + len, purchase ? Set.of("FROM") : Set.of("TO"), 16);
    if (other == null) {
      other = goodsBefore(c, verb, i);
    }
    if (other == null && purchase) {
      other = origin(c, i + len);
    }
    if (source == null
        || other == null
        || PatternEventCoder.stateless(other.mention())
        || other.mention().country().equals(source.mention().country())) {
      return null;
    }
    return new Found(i, source, other, "160", Modality.ASSERTED, false);
  }

  /**
   * A country whose goods stand between the cancelling verb and the trade noun: "cancelled 30,000
   * tonnes of U.S. wheat purchases".
   */
  private static Clause.Span goodsBefore(Clause c, int verb, int i) {
    for (int j = verb + 1; j < i; j++) {
      int at = c.spanIndexAt(j);
      if (at >= 0) {
        Clause.Span s = c.spans.get(at);
        return s.mention().code().length() == 3 && c.key(s.from() - 1).equals("OF") ? s : null;
      }
    }
    return null;
  }

  /** True when "set to", "due to" or the like follows the noun's phrase within eight words. */
  private static boolean scheduled(Clause c, int end) {
    for (int j = end; j + 1 < Math.min(c.words.size(), end + 8); j++) {
      if (ClauseWords.SCHEDULES.contains(c.key(j)) && c.key(j + 1).equals("TO")) {
        return true;
      }
      if (PatternEventCoder.be(c.key(j))) {
        continue; // "tariffs on Japanese goods are set to go into effect"
      }
      if (PatternEventCoder.clauseBreak(c.key(j)) || isVerb(c, j)) {
        return false;
      }
    }
    return false;
  }

  private static boolean prospect(Clause c, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (PROSPECTS.contains(c.key(j))) {
        return true;
      }
    }
    // "the trip to Tokyo next week by Michael Howard": a visit with a time to come
    return (c.key(i).startsWith("TRIP") || c.key(i).startsWith("VISIT"))
        && c.timeToCome(i + 1, i + 5);
  }

  /**
   * The act's author: the actor the noun's own phrase starts with ("Japanese aid"), a possessive or
   * modifying actor at most two words before it ("Turkey's stern warning", "U.S. pressure"), else
   * the actor after "from" or "by" in the ten words after it.
   */
  private static Clause.Span author(Clause c, int i, int end) {
    int at = c.spanIndexAt(i);
    if (at >= 0 && c.spans.get(at).from() < i) {
      return stated(c.spans.get(at));
    }
    for (int j = i - 1; j >= Math.max(1, i - 3); j--) {
      String k = c.key(j);
      if ((k.equals("'S") || k.equals("'")) && c.spanIndexAt(j - 1) >= 0) {
        return stated(c.spans.get(c.spanIndexAt(j - 1))); // "Iran's", "the United States'"
      }
      if (c.spanIndexAt(j) >= 0) {
        Clause.Span s = c.spans.get(c.spanIndexAt(j));
        if (s.to() == j + 1 && c.words.get(s.from()).capitalized()) {
          return stated(s);
        }
        break; // "resistance by farmers and criticism from the UN": the author follows
      }
      if (PatternEventCoder.clauseBreak(k) || PatternEventCoder.preposition(k) || isVerb(c, j)) {
        break;
      }
    }
    for (int j = end; j < Math.min(c.words.size() - 1, end + 10); j++) {
      String k = c.key(j);
      if (k.equals("FROM") && TRAVELS.contains(c.key(i)) && toAfter(c, j + 1)) {
        continue; // "a round trip from the U.S. to London": where the trip starts, not who travels
      }
      if (k.equals("FROM") || k.equals("BY")) {
        return stated(actorAfter(c, j + 1));
      }
      if (VOICING.contains(k) && c.key(j + 1).equals("BY")) {
        continue; // "criticism of rises in German interest rates voiced by Baker": Baker's
      }
      if (PatternEventCoder.clauseBreak(k) || isVerb(c, j)) {
        break;
      }
    }
    return null;
  }

  /** Participles by which a noun of speech names its author: "criticism voiced by Baker". */
  private static final Set<String> VOICING =
      Set.of("VOICED", "EXPRESSED", "MADE", "LEVELLED", "LEVELED", "RAISED", "ISSUED");

  /** Nouns of travel, whose "from" names a place of departure. */
  private static final Set<String> TRAVELS =
      Set.of("TRIP", "TRIPS", "FLIGHT", "FLIGHTS", "JOURNEY", "VOYAGE", "TICKET", "TICKETS");

  /** True when "to" follows within a few words of {@code from} ("from the U.S. to London"). */
  private static boolean toAfter(Clause c, int from) {
    for (int j = from; j < Math.min(c.words.size(), from + 5); j++) {
      if (c.key(j).equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /** Codes of trade, whose goods name their seller: "exports of Brazilian goods to Iraq". */
  private static final Set<String> TRADE = Set.of("061");

  /** Purchases, whose goods name the seller they are aimed at: "purchase of U.S. corn by Japan". */
  private static final Set<String> PURCHASES = Set.of("PURCHASE", "PURCHASES", "TENDER", "TENDERS");

  /**
   * The country the goods come from, an actor that opens a word or two after "of" right after the
   * noun ("sale of 12,500 tonnes of U.S. wheat flour"), before its target's preposition.
   */
  private static Clause.Span origin(Clause c, int end) {
    for (int j = end; j < Math.min(c.words.size() - 1, end + 6); j++) {
      String k = c.key(j);
      if (k.equals("OF") && c.spanIndexAt(j + 1) >= 0) {
        Clause.Span s = c.spans.get(c.spanIndexAt(j + 1));
        return s.mention().code().length() == 3 ? s : null; // a country, not its agents
      }
      if (PatternEventCoder.clauseBreak(k) || isVerb(c, j) || k.equals("TO")) {
        return null;
      }
    }
    return null;
  }

  private static Clause.Span stated(Clause.Span s) {
    return s == null || PatternEventCoder.stateless(s.mention()) ? null : s;
  }

  /** The actor after one of {@code prepositions} in the eight words after {@code from}. */
  private static Clause.Span aimedAt(Clause c, int from, Set<String> prepositions) {
    return aimedAt(c, from, prepositions, 8);
  }

  /**
   * The actor after one of the prepositions within {@code max} words of {@code from}, an amount
   * counting as no word; a sale's goods may run longer ("sales of 340,000 tonnes of hard red winter
   * wheat and 210,000 tonnes of soft red winter wheat to China").
   */
  private static Clause.Span aimedAt(Clause c, int from, Set<String> prepositions, int max) {
    int words = 0;
    for (int j = from; j < c.words.size() - 1 && words < max; j++) {
      if (!c.amountWord(j)) {
        words++;
      }
      String k = c.key(j);
      if (prepositions.contains(k)) {
        Clause.Span actor = actorAfter(c, j + 1);
        if (actor != null || !ClauseWords.CALENDAR_WORDS.contains(c.key(j + 1))) {
          return actor; // "launched in January towards Basra": a date, then the target
        }
      }
      if (PatternEventCoder.clauseBreak(k) || (isVerb(c, j) && !launched(c, j))) {
        return null;
      }
    }
    return null;
  }

  /** "An Iranian offensive launched in January towards Basra": the participle of the act. */
  private static boolean launched(Clause c, int j) {
    return c.key(j).equals("LAUNCHED") && j > 0 && !c.key(j - 1).equals(",");
  }

  /**
   * The actor that starts within four words of {@code j}, past determiners, adjectives and titles
   * ("from founder member Taiwan").
   */
  private static Clause.Span actorAfter(Clause c, int j) {
    for (int k = j; k < Math.min(c.words.size(), j + 4); k++) {
      if (c.spanIndexAt(k) >= 0) {
        return c.spans.get(c.spanIndexAt(k));
      }
      boolean partOf = // "by three divisions of Iranian Revolutionary Guards": its members'
          c.key(k).equals("OF") && k > j && (c.number(k - 2) || c.amountWord(k - 2));
      if (c.key(k).equals("IN")
          && k > j
          && c.spanIndexAt(k + 1) >= 0
          && c.modifier(c.spans.get(c.spanIndexAt(k + 1)))) {
        return c.spans.get(c.spanIndexAt(k + 1)); // "of rises in West German interest rates"
      }
      if (PatternEventCoder.clauseBreak(c.key(k))
          || (PatternEventCoder.preposition(c.key(k)) && !partOf)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Greece, replying to a warning from Turkey", "the ADB will not change its decision despite
   * protests from Taiwan", "despite resistance by farmers and criticism from the United Nations":
   * the subject of a reply, or of the clause that faces the act, up to six words before.
   */
  private static Clause.Span replier(Clause c, int i) {
    for (int j = i - 1; j >= Math.max(1, i - 6); j--) {
      if (REPLIES.contains(c.key(j)) || FACING.contains(c.key(j))) {
        List<Clause.Span> subjects = c.subjectBefore(j);
        if (subjects.isEmpty() && j >= 2 && c.key(j - 1).equals(",") && c.spanIndexAt(j - 2) >= 0) {
          // "Iraq, despite a warning from Iran, attacked"
          return c.spans.get(c.spanIndexAt(j - 2));
        }
        return subjects.isEmpty() ? null : subjects.get(0);
      }
      if (PatternEventCoder.clauseBreak(c.key(j))) {
        return null;
      }
    }
    return null;
  }
}
