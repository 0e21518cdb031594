package org.annals.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.actor.ActorDictionary;
import org.annals.actor.ActorMention;
import org.annals.actor.Word;
import org.annals.text.Sentence;

/**
 * One sentence as the coder sees it: its words, the word spans of its actors, and its verbs with
 * their voice, with the look-ups the coder makes around a verb. Built per call; not shared.
 */
final class Clause {

  /** An actor mention and the words it covers, {@code [from, to)}. */
  record Span(ActorMention mention, int from, int to) {}

  /** A verb: its word, the word after it (and its particle), its senses, voice and role. */
  record Verb(int at, int end, List<VerbLexicon.Form> forms, boolean passive, boolean skip) {}

  /** The chosen sense and pattern of a verb, the code they give, and the target a pattern marks. */
  record Match(VerbSense sense, VerbPattern pattern, String code, Span target) {}

  static final Set<String> POSSESSIVES = Set.of("OUR", "HIS", "HER", "ITS", "THEIR", "MY");
  private static final Set<String> CONNECTORS =
      Set.of(",", "AND", "OR", "NOR", "AS", "WELL", "NEITHER", "BOTH", "EITHER");

  final Sentence sentence;
  final List<Word> words;
  final List<Span> spans = new ArrayList<>();
  final List<Verb> verbs = new ArrayList<>();
  private final int[] spanAt;
  private final boolean[] verbAt;
  private final VerbLexicon lexicon;

  Clause(Sentence sentence, List<Word> words, List<ActorMention> actors, VerbLexicon lexicon) {
    this.sentence = sentence;
    this.words = words;
    this.lexicon = lexicon;
    spanAt = new int[words.size()];
    verbAt = new boolean[words.size()];
    Arrays.fill(spanAt, -1);
    mapSpans(actors);
    findVerbs();
  }

  int offset(int relative) {
    return relative + sentence.begin();
  }

  /** True when a clause break or a comma stands among words [from, to). */
  boolean clauseBreakAmong(int from, int to) {
    for (int j = from; j < to; j++) {
      if (PatternEventCoder.clauseBreak(key(j)) || key(j).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The index of the word that starts at document offset {@code offset}, or -1. */
  int wordAtChar(int offset) {
    int relative = offset - sentence.begin();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).begin() == relative) {
        return i;
      }
    }
    return -1;
  }

  String key(int i) {
    return i >= 0 && i < words.size() ? words.get(i).key() : "";
  }

  // ------------------------------------------------------------------ construction

  private void mapSpans(List<ActorMention> actors) {
    int base = sentence.begin();
    for (ActorMention m : actors) {
      if (m == null || m.sentenceIndex() != sentence.index()) {
        continue;
      }
      int from = -1;
      int to = -1;
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (from < 0 && w.begin() + base >= m.begin() && w.end() + base <= m.end()) {
          from = i;
        }
        if (from >= 0 && w.end() + base <= m.end()) {
          to = i + 1;
        }
        if (w.begin() + base >= m.end()) {
          break;
        }
      }
      if (from >= 0 && to > from && spanAt[from] < 0) {
        for (int i = from; i < to; i++) {
          spanAt[i] = spans.size();
        }
        spans.add(new Span(m, from, to));
      }
    }
  }

  private void findVerbs() {
    List<Verb> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (spanAt[i] >= 0) {
        continue;
      }
      Word w = words.get(i);
      List<VerbLexicon.Form> forms = lexicon.forms(w.key());
      if (forms.isEmpty()
          || (w.capitalized() && ClauseWords.CALENDAR_WORDS.contains(w.key())) // "March 26"
          || nameWord(i)
          || (i > 0 && afterAbbreviation(i) && baseForm(forms, w.key()))) {
        continue; // a name or a slogan ("Free Tibet" banners), not a verb; "U.S. Aid to": a noun
      }
      if (afterNo(i)) {
        continue; // "has no official direct trade": words of the noun phrase "no" opens
      }
      if (ClauseWords.COMPOUND_MODIFIERS.contains(w.key())
          && i + 1 < words.size()
          && !words.get(i + 1).capitalized()
          && ClauseWords.COMPOUND_HEADS.contains(key(i + 1))) {
        continue; // "a few US aid planes", "the secret U.S. arms sales": a noun of the compound
      }
      if (i >= 2
          && words.get(i - 1).capitalized()
          && ClauseWords.CALENDAR_WORDS.contains(key(i - 1))
          && PatternEventCoder.determiner(key(i - 2))) {
        continue; // "a January outline agreement": a noun's modifier
      }
      if (w.key().equals("DOWN")
          && !(i > 0 && (AUXILIARIES.contains(key(i - 1)) || key(i - 1).equals("TO")))) {
        continue; // "11.5 mln tonnes, down slightly from": an adverb; "to down a plane" a verb
      }
      List<VerbLexicon.Form> chosen = new ArrayList<>();
      int end = i + 1;
      for (VerbLexicon.Form f : forms) {
        int pe = particleEnd(f.sense().particle(), i + 1);
        if (!f.sense().particle().isEmpty() && pe > 0) {
          chosen.add(f);
          end = Math.max(end, pe);
        }
      }
      if (chosen.isEmpty()) {
        for (VerbLexicon.Form f : forms) {
          if (f.sense().particle().isEmpty()) {
            chosen.add(f);
          }
        }
      }
      if (chosen.isEmpty() || PatternEventCoder.reporting(chosen.get(0).sense().lemma())) {
        continue;
      }
      if (PatternEventCoder.catenative(w.key())) {
        int to = afterTimePhrase(end); // "agreed on February 22 to cooperate"
        if (to > end && to + 1 < words.size() && key(to).equals("TO")) {
          end = to;
        }
      }
      String prev = key(i - 1);
      boolean gerund = chosen.get(0).gerund();
      boolean participle = false;
      for (VerbLexicon.Form f : chosen) {
        participle |= f.participle();
      }
      if (!perfectAfterTime(i)
          && (PatternEventCoder.determiner(prev)
              || prev.equals("'S")
              || (prev.equals("'") && key(i - 2).endsWith("S")) // "the United States' attack"
              || (number(i - 1) && PatternEventCoder.determiner(key(i - 2)))
              || (PatternEventCoder.preposition(prev) && !gerund)
              || (!participle && !gerund && afterIndefiniteNounPhrase(i) && !objectAfter(i))
              || (participle && afterIndefiniteNounPhrase(i) && nounNext(i) && !agentHeadBefore(i))
              || nounPosition(i)
              || pluralBeforePast(i)
              || (!participle && !gerund && nounInObject(i))
              || (prev.equals("TO") && !participle && !gerund && inflected(w.key(), chosen)))) {
        continue;
      }
      boolean beBefore = beBefore(i) || (participle && existential(i));
      if (beBefore && !participle && !gerund) {
        continue; // "get better", "are free", "is open": an adjective, not a verb
      }
      // "Britain, backed by the Netherlands, opposed ...", "Canada, strongly supported by
      // Australia, ...": a participle set off by a comma with its agent is passive
      int before = prev.endsWith("LY") && !words.get(i - 1).capitalized() ? i - 2 : i - 1;
      boolean passive =
          participle && (beBefore || (key(before).equals(",") && key(i + 1).equals("BY")));
      boolean skip =
          (gerund
                  && !beBefore
                  && !ASPECTUAL.contains(prev)
                  && !(ClauseWords.DOCUMENTS.contains(prev) && !documentRejected(i - 1))
                  && !appositiveParticiple(i)
                  && !stanceGerund(i))
              || reducedRelative(i, w, participle, beBefore);
      if (!skip && prev.equals("TO")) {
        skip = !infinitiveLicensed(i - 1);
      }
      verbAt[i] = true;
      found.add(new Verb(i, end, List.copyOf(chosen), passive, skip));
    }
    for (int k = 0; k < found.size(); k++) {
      Verb v = found.get(k);
      boolean skip = v.skip();
      if (isPredicate(v) && nextIsVerb(v.end())) {
        skip = true; // an auxiliary: "was jailed"
      }
      if (key(v.end()).equals("TO") && v.end() + 1 < words.size() && verbAt[v.end() + 1]) {
        if (PatternEventCoder.modalCatenative(key(v.at()))) {
          skip = true; // "plans to visit": the visit is the event
        } else if (PatternEventCoder.catenative(key(v.at()))
            && k + 1 < found.size()
            && !ClauseWords.NEGATING_CATENATIVES.contains(key(v.at()))) {
          // "vowed to expel": one event; "refused to release": the refusal and the negated release
          Verb inf = found.get(k + 1);
          found.set(k + 1, new Verb(inf.at(), inf.end(), inf.forms(), inf.passive(), true));
        }
      }
      verbs.add(skip == v.skip() ? v : new Verb(v.at(), v.end(), v.forms(), v.passive(), skip));
    }
  }

  /**
   * A word after a determiner and adjectives ("our natural ally"), or right after another verb or
   * participle ("rejects foreign offers", "containing offers"), is read as a noun.
   */
  private boolean nounPosition(int i) {
    if (i > 0 && ClauseWords.DOCUMENTS.contains(key(i - 1)) && key(i).endsWith("ING")) {
      return false; // "a statement deploring Japan's trade imbalance"
    }
    if (i > 0
        && key(i).endsWith("ED")
        && pluralBeforePast(i - 1)
        && i + 1 < words.size()
        && !words.get(i + 1).punctuation()
        && !PatternEventCoder.preposition(key(i + 1))
        && !key(i + 1).equals("TO")) {
      // "Taiwan's maize importers awarded contracts": the plural is the subject, the verb has an
      // object; "the quotas allocated to them" is a participle
      return false;
    }
    int j = i - 1;
    int adjectives = 0;
    int amounts = 0;
    while (j >= 0
        && adjectives < 3 + amounts
        && amounts < 3
        && (adjectiveLike(j) || TIME_ADJECTIVES.contains(key(j)) || amount(j))) {
      // "an earlier Paris accord", "the last Soviet offer", "a 40 mln dlr crude oil purchase"
      if (amount(j)) {
        amounts++;
      }
      j--;
      adjectives++;
    }
    if (j < 0) {
      return false;
    }
    String k = key(j);
    if (adjectives > 0 && k.equals("'S") && capitalizedFrom(j + 1, i)) {
      return false; // "Japan's Nippon Life took a stake": a name, then its verb
    }
    if (adjectives > 0
        && (PatternEventCoder.determiner(k)
            || ClauseWords.QUANTIFIERS.contains(k)
            || PatternEventCoder.preposition(k)
            || Character.isDigit(k.charAt(0)))) {
      return true;
    }
    if (adjectives > 0 && (k.equals("AND") || k.equals("OR") || k.equals(","))) {
      int head = i + 1; // "the United States and major trade allies West Germany, France": nouns
      if (head < words.size()
          && lowerCaseFrom(head, head + 1)
          && !PatternEventCoder.preposition(key(head))
          && !PatternEventCoder.determiner(key(head))) {
        head++;
      }
      if (head < words.size() && spanAt[head] >= 0 && lowerCaseFrom(j + 1, head)) {
        return true;
      }
    }
    if (adjectives > 0 && spanAt[j] >= 0 && lowerCaseFrom(j + 1, i)) {
      // "the longstanding U.S. trade embargo against Cuba": an actor, then the noun's modifiers
      int before = spans.get(spanAt[j]).from() - 1;
      while (before >= 0 && adjectiveLike(before)) {
        before--;
      }
      if (before >= 0
          && (PatternEventCoder.determiner(key(before))
              || PatternEventCoder.preposition(key(before)))) {
        return true;
      }
    }
    if (j == i - 1 && ASPECTUAL.contains(k)) {
      return !key(i).endsWith("ING"); // "began talks"; "began airdropping food" is an act
    }
    if (j == i - 1 || adjectives == 1) {
      boolean verbBefore =
          (j < verbAt.length && verbAt[j])
              || ((k.endsWith("ING") || k.endsWith("ED")) && k.length() >= 5);
      return verbBefore
          && !PatternEventCoder.be(k)
          && !PatternEventCoder.catenative(k)
          && spanAt[j] < 0;
    }
    return false;
  }

  /**
   * True for a form in "-s" that is not its verb's base ("imports" of IMPORT): after "to" it is a
   * noun ("close its border to imports of fruit"), since an infinitive is bare.
   */
  private static boolean inflected(String key, List<VerbLexicon.Form> forms) {
    if (!key.endsWith("S")) {
      return false;
    }
    for (VerbLexicon.Form f : forms) {
      if (VerbLexicon.words(f.sense().lemma()).get(0).equals(key)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "sent food and water supplies to Haiti", "its estimate of 1986/87 grain purchases by the Soviet
   * Union": a form in "-s" after lower-case nouns that follow a verb of the clause or "of" closes
   * that verb's or that preposition's object, and one that "by" follows names its agent; it is a
   * noun.
   */
  private boolean nounInObject(int i) {
    if (!key(i).endsWith("S") || i < 2 || !plainLowerWord(i - 1)) {
      return false;
    }
    if (key(i + 1).equals("BY")) {
      return true;
    }
    for (int j = i - 2; j >= Math.max(0, i - 5); j--) {
      if (verbAt[j] || key(j).equals("OF")) {
        return true;
      }
      if (!(plainLowerWord(j) || number(j) || key(j).equals("AND") || key(j).equals(","))) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the word at {@code j} is all letters, or letters joined by hyphens ("recent",
   * "hastily-called"): a word, not a number, a symbol or an abbreviation.
   */
  boolean lettersOnly(int j) {
    String k = key(j);
    if (k.isEmpty() || k.charAt(0) == '-' || k.charAt(k.length() - 1) == '-') {
      return false;
    }
    for (int x = 0; x < k.length(); x++) {
      char ch = k.charAt(x);
      if (!Character.isLetter(ch) && !(ch == '-' && k.charAt(x - 1) != '-')) {
        return false;
      }
    }
    return true;
  }

  private boolean plainLowerWord(int j) {
    return spanAt[j] < 0
        && !words.get(j).capitalized()
        && key(j).chars().allMatch(Character::isLetter)
        && !PatternEventCoder.determiner(key(j));
  }

  /**
   * True when the word at {@code to} is the "to" of an infinitive that states what a document
   * rejected at the word before it asks for: "vetoed a resolution to impose sanctions".
   */
  boolean rejectedDocumentsInfinitive(int to) {
    return key(to).equals("TO")
        && to > 0
        && ClauseWords.DOCUMENTS.contains(key(to - 1))
        && documentRejected(to - 1);
  }

  /**
   * True when the clause's verb rejects the document at {@code doc} ("vetoed a U.N. resolution
   * condemning Israel"): what the document says is not its rejecter's act.
   */
  private boolean documentRejected(int doc) {
    for (int j = doc - 1; j >= Math.max(0, doc - 5); j--) {
      if (REJECTING.contains(key(j))) {
        return true;
      }
      if (verbAt[j] || PatternEventCoder.clauseBreak(key(j))) {
        return false;
      }
    }
    return false;
  }

  /** Verbs by which an actor rejects a document, so that its content is not the actor's. */
  private static final Set<String> REJECTING =
      Set.of(
          "VETO",
          "VETOED",
          "VETOES",
          "REJECT",
          "REJECTED",
          "REJECTS",
          "BLOCK",
          "BLOCKED",
          "BLOCKS",
          "DEFEAT",
          "DEFEATED",
          "OPPOSE",
          "OPPOSED",
          "OPPOSES");

  /** Nouns of purpose whose infinitive is sought: "in an attempt to", "in a bid to". */
  private static final Set<String> PURPOSES =
      Set.of("ATTEMPT", "BID", "EFFORT", "EFFORTS", "ORDER", "DRIVE", "MOVE", "PLAN", "PLANS");

  /** Verbs whose infinitive states what is so, not what is to be: "seems to be backed by". */
  private static final Set<String> RAISING =
      Inflection.forms(List.of("APPEAR", "SEEM", "HAPPEN", "PROVE", "TEND", "CLAIM"));

  /** Verbs of beginning and going on, whose "-ing" complement is the act: "began airdropping". */
  private static final Set<String> ASPECTUAL =
      Inflection.forms(
          List.of("BEGIN", "START", "CONTINUE", "RESUME", "KEEP"), "BEGAN", "BEGUN", "KEPT");

  /** A number or a unit of money or weight inside a noun phrase: "a 40 mln dlr purchase". */
  private boolean amount(int j) {
    String k = key(j);
    return spanAt[j] < 0
        && (Character.isDigit(k.charAt(0))
            || ((k.charAt(0) == '$' || k.charAt(0) == '\u00a3')
                && k.length() > 1
                && Character.isDigit(k.charAt(1)))
            || AMOUNT_UNITS.contains(k));
  }

  private static final Set<String> AMOUNT_UNITS =
      Set.of(
          "MLN", "BLN", "BILLION", "MILLION", "DLR", "DLRS", "TONNE", "TONNES", "PCT", "STG", "$",
          "\u00a3");

  /**
   * Ordinals of a period that make a purchase a running total: "for delivery in the fourth year of
   * the grain agreement".
   */
  private static final Set<String> ORDINALS =
      Set.of("FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "CURRENT");

  /** True for a number or a unit of an amount: "600,000", "tonnes", "mln", "dlrs". */
  boolean amountWord(int j) {
    String k = key(j);
    return AMOUNT_UNITS.contains(k) || (!k.isEmpty() && Character.isDigit(k.charAt(0)));
  }

  private static final Set<String> TIME_ADJECTIVES =
      Set.of("EARLIER", "LATER", "LAST", "NEXT", "PREVIOUS", "FORMER", "LATEST", "EARLY", "LATE");

  /**
   * "Turkey's NATO allies called on ...": a plural in "-s" right before a past tense in "-ed" is
   * the subject's noun, not a verb.
   */
  private boolean pluralBeforePast(int i) {
    String k = key(i);
    String next = key(i + 1);
    return k.length() > 3
        && k.endsWith("S")
        && !k.endsWith("SS")
        && ((next.length() > 4 && next.endsWith("ED") && lexicon.isVerbForm(next))
            || irregularPast(next)); // "when talks broke down"
  }

  /** True for an irregular past form of a verb of the lexicon: "broke", "fell", "began". */
  private boolean irregularPast(String key) {
    if (key.endsWith("ED")) {
      return false;
    }
    for (VerbLexicon.Form f : lexicon.forms(key)) {
      if (f.participle() && !f.gerund()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "An Iranian gunboat fired missiles": an actor phrase that ends with its agent noun right before
   * the form is a subject with its head, not a name modifying a noun ("a U.S. backed plan").
   */
  private boolean agentHeadBefore(int i) {
    return i > 0
        && spanAt[i - 1] >= 0
        && !words.get(i - 1).capitalized()
        && spans.get(spanAt[i - 1]).mention().code().length() > 3;
  }

  /**
   * "a World Bank sponsored conference", "a U.S. backed plan": a participle between an indefinite
   * noun phrase and a noun modifies the noun.
   */
  private boolean nounNext(int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    Word next = words.get(i + 1);
    String k = next.key();
    return !next.capitalized()
        && k.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '-')
        && !lexicon.isVerbForm(k)
        && !k.endsWith("ED")
        && !PatternEventCoder.determiner(k)
        && !PatternEventCoder.preposition(k)
        && !PatternEventCoder.soft(k)
        && !PatternEventCoder.be(k)
        && !PatternEventCoder.clauseBreak(k)
        && !ClauseWords.NEGATIONS.contains(k)
        && !ClauseWords.TIME_WORDS.contains(k)
        && !ClauseWords.QUANTIFIERS.contains(k);
  }

  /** A number: "10", "two". */
  boolean number(int j) {
    String k = key(j);
    return !k.isEmpty()
        && (Character.isDigit(k.charAt(0))
            || (ClauseWords.QUANTIFIERS.contains(k)
                && !k.equals("ALL")
                && !k.equals("BOTH")
                && !k.equals("MOST")
                && !k.equals("OTHER")
                && !k.equals("MORE")));
  }

  /**
   * "There were 10 Russian soldiers killed": the participle after the noun phrase of "there is" is
   * passive.
   */
  private boolean existential(int i) {
    int j = i - 1;
    for (int n = 0; n < 6 && j > 0; n++) {
      if (spanAt[j] >= 0) {
        j = spans.get(spanAt[j]).from() - 1;
      } else if (number(j) || adjectiveLike(j)) {
        j--;
      } else {
        break;
      }
    }
    if (j < 1 || j == i - 1) {
      return false;
    }
    if (key(j).equals("BEEN")) {
      j--; // "there have been"
      if (key(j).equals("HAVE") || key(j).equals("HAS") || key(j).equals("HAD")) {
        j--;
      }
      return key(j).equals("THERE");
    }
    return PatternEventCoder.be(key(j)) && key(j - 1).equals("THERE");
  }

  /**
   * True when word {@code i} is a word of a name or a slogan ("Credit Lyonnais Canada", "Free
   * Tibet" banners): capitalized inside the sentence, not only because it opens it or follows
   * "U.S.".
   */
  boolean nameWord(int i) {
    if (i >= words.size()) {
      return false;
    }
    Word w = words.get(i);
    return w.capitalized()
        && i > 0
        && (!words.get(i - 1).punctuation() || nextCapitalized(i))
        && !afterAbbreviation(i);
  }

  /**
   * True when {@code key} is a verb's bare form ("Aid", "Attack"), which cannot be the finite verb
   * of a singular subject such as "the U.S." ("the U.S. Imposed tariffs" is one).
   */
  private static boolean baseForm(List<VerbLexicon.Form> forms, String key) {
    for (VerbLexicon.Form f : forms) {
      String lemma = f.sense().lemma();
      int particle = lemma.indexOf('_');
      if ((particle < 0 ? lemma : lemma.substring(0, particle)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  private boolean nextCapitalized(int i) {
    return i + 1 < words.size() && words.get(i + 1).capitalized();
  }

  /**
   * Newswire capitalizes the word after "U.S." ("the U.S. Imposed tariffs on"): a capitalized word
   * right after an abbreviation with a final period, and followed by a lower-case word, may be a
   * verb ("U.S. Trade Representative" stays a name), and so may one followed by a state's name when
   * it is not a bare form ("the U.S. Criticised Japan's policy", "The U.S. Wants Japan to").
   */
  private boolean afterAbbreviation(int i) {
    String prev = words.get(i - 1).text();
    if (prev.length() < 3 || !prev.endsWith(".") || prev.indexOf('.') == prev.length() - 1) {
      return false;
    }
    if (i + 1 >= words.size()) {
      return false;
    }
    Word next = words.get(i + 1);
    if (next.capitalized() && spanAt[i + 1] >= 0) {
      String code = spans.get(spanAt[i + 1]).mention().code();
      return code.length() == 3
          && Character.isLetter(code.charAt(0))
          && !baseForm(lexicon.forms(words.get(i).key()), words.get(i).key());
    }
    return !next.capitalized() && !next.punctuation();
  }

  /** True when every word from {@code from} up to {@code to} (exclusive) is capitalised. */
  private boolean capitalizedFrom(int from, int to) {
    for (int j = from; j < to; j++) {
      if (!words.get(j).capitalized()) {
        return false;
      }
    }
    return from < to;
  }

  /**
   * True when an article or an actor follows word {@code i}: "An Iraqi missile hit a U.S. frigate"
   * has its verb, whose object follows.
   */
  private boolean objectAfter(int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String k = key(i + 1);
    return k.equals("A") || k.equals("AN") || k.equals("THE") || spanAt[i + 1] >= 0;
  }

  /**
   * "an Islamic State target", "two artillery shells", "a Russian air strike": after an indefinite
   * article, a number or a quantifier and words that modify the noun, actor names among them, the
   * word, when not a past form ("a Tunisian court jailed"), is the noun.
   */
  private boolean afterIndefiniteNounPhrase(int i) {
    int j = i - 1;
    boolean actor = false;
    int n = 0;
    while (j >= 0 && n < 5) {
      if (spanAt[j] >= 0) {
        actor = true;
        j = spans.get(spanAt[j]).from() - 1;
      } else if (adjectiveLike(j) || key(j).equals("-")) {
        j--;
      } else {
        break;
      }
      n++;
    }
    if (!actor || j < 0) {
      return false;
    }
    String k = key(j);
    return k.equals("A")
        || k.equals("AN")
        || (ClauseWords.QUANTIFIERS.contains(k) && !k.equals("BOTH") && !k.equals("ALL"))
        || Character.isDigit(k.charAt(0));
  }

  private boolean adjectiveLike(int j) {
    Word w = words.get(j);
    String k = w.key();
    boolean capitalizedInside = w.capitalized() && j > 0 && !words.get(j - 1).punctuation();
    return spanAt[j] < 0
        && (!w.capitalized() || capitalizedInside)
        && !w.punctuation()
        && !verbAt[j]
        && !ClauseWords.QUANTIFIERS.contains(k)
        && !ClauseWords.TIME_WORDS.contains(k)
        && !(ClauseWords.CALENDAR_WORDS.contains(k) && w.capitalized()) // "its weekend tender"
        && !Character.isDigit(k.charAt(0))
        && !PatternEventCoder.soft(k)
        && !PatternEventCoder.be(k)
        && !PatternEventCoder.preposition(k)
        && !PatternEventCoder.determiner(k)
        && !PatternEventCoder.clauseBreak(k)
        && !ClauseWords.PLANNED.contains(k)
        && !ClauseWords.POSSIBLE.contains(k)
        && !ClauseWords.NEGATIONS.contains(k)
        && !PatternEventCoder.catenative(k)
        && k.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
  }

  private int particleEnd(List<String> particle, int from) {
    if (particle.isEmpty()) {
      return -1;
    }
    // contiguous ("pull out the troops") or after a short object ("pull the troops out")
    for (int start = from; start <= from + 3 && start < words.size(); start++) {
      boolean ok = true;
      for (int j = 0; j < particle.size(); j++) {
        if (!key(start + j).equals(particle.get(j))) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return start + particle.size();
      }
      if (start > from && (spanAt[start] >= 0 || words.get(start).punctuation())) {
        break;
      }
    }
    return -1;
  }

  private boolean beBefore(int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      String k = key(j);
      if (PatternEventCoder.be(k)) {
        return true;
      }
      if (!(k.equals("NOT")
          || k.equals("N'T")
          || (k.length() > 4 && k.endsWith("LY"))
          || k.equals("ALSO")
          || k.equals("ALREADY")
          || k.equals("BEEN")
          || k.equals("BEING")
          || k.equals("EVEN")
          || k.equals("STILL")
          || k.equals("NOW"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a member of the movement jailed over a year ago", "sanctions imposed to discourage X": a past
   * participle right after a common noun and before a preposition, a time word or an infinitive of
   * purpose modifies the noun; so does one after an actor when the clause already has its verb
   * ("issued warrants for two Brazilian men sought in the slaying"). It is no clause of its own.
   */
  private boolean reducedRelative(int i, Word w, boolean participle, boolean beBefore) {
    if (participle
        && i >= 2
        && key(i - 1).equals("BEING")
        && !PatternEventCoder.be(key(i - 2))
        && !AUXILIARIES.contains(key(i - 2))) {
      return true; // "a trade bill being considered by the U.S. Congress": the bill's
    }
    if (participle
        && i >= 2
        && key(i - 1).equals(",")
        && spanAt[i - 2] >= 0
        && PatternEventCoder.preposition(key(i + 1))
        && !key(i + 1).equals("BY")
        && closesAside(i + 1)) {
      return true; // "the North Korean news agency, monitored in Tokyo, reported"
    }
    if (participle
        && i >= 2
        && key(i - 1).equals(",")
        && spanAt[i - 2] < 0
        && i + 2 < words.size()
        && ClauseWords.TIME_WORDS.contains(key(i + 1))
        && key(i + 2).equals(",")) {
      return true; // "Tokyo's package, announced yesterday, to be": the package's, no one's act
    }
    if (!participle || beBefore || i == 0 || i + 2 >= words.size()) {
      return false;
    }
    String next = key(i + 1);
    boolean prepNext =
        PatternEventCoder.preposition(next)
            || ClauseWords.TIME_WORDS.contains(next)
            || next.equals(",")
            || (next.equals("TO") && lexicon.isVerbForm(key(i + 2)));
    if (!prepNext) {
      return false;
    }
    if (adjectiveLike(i - 1) && !key(i - 1).endsWith("LY")) {
      return true;
    }
    if (spanAt[i - 1] < 0) {
      return false;
    }
    int from = spans.get(spanAt[i - 1]).from();
    // "tariffs President Reagan slapped on goods": a relative clause with its own subject
    return (from == 0 || !adjectiveLike(from - 1)) && verbBeforeInClause(from);
  }

  /**
   * "Washington and London are virtually alone in warning Iraq": an "-ing" form after a stance the
   * subject takes "in" it is the subject's act.
   */
  private boolean stanceGerund(int i) {
    return i >= 2 && key(i - 1).equals("IN") && STANCES.contains(key(i - 2));
  }

  private static final Set<String> STANCES = Set.of("ALONE", "UNITED", "UNANIMOUS", "FIRST");

  /**
   * "Urban, visiting Sweden to deliver a lecture, announced": an "-ing" participle set off by a
   * comma right after the clause's opening actor is that actor's act.
   */
  private boolean appositiveParticiple(int i) {
    if (i < 2 || !key(i - 1).equals(",") || spanAt[i - 2] < 0) {
      return false;
    }
    int from = spans.get(spanAt[i - 2]).from();
    return from == 0 || PatternEventCoder.clauseBreak(key(from - 1));
  }

  /**
   * The index after a time phrase that starts at {@code j} ("on February 22", "last week", "today",
   * "in March"), or after a place or an occasion that a "to" follows ("at the summit", "in
   * Geneva"); {@code j} when none starts there.
   */
  private int afterTimePhrase(int j) {
    int k = j;
    if (k < words.size() && (key(k).equals("ON") || key(k).equals("IN"))) {
      k++;
    }
    int start = k;
    while (k < words.size()
        && k - start < 3
        && (ClauseWords.TIME_WORDS.contains(key(k))
            || ClauseWords.CALENDAR_WORDS.contains(key(k))
            || Character.isDigit(key(k).charAt(0)))) {
      k++;
    }
    if (k > start) {
      return k;
    }
    // a place or an occasion: "agreed at the summit to use", "agreed in Geneva to release"
    k = j;
    if (k + 1 >= words.size() || !(key(k).equals("AT") || key(k).equals("IN"))) {
      return j;
    }
    k++;
    if (PatternEventCoder.determiner(key(k))) {
      k++;
    }
    int nouns = 0;
    while (k < words.size()
        && nouns < 2
        && !key(k).equals("TO")
        && !verbAt[k]
        && !words.get(k).punctuation()
        && !PatternEventCoder.clauseBreak(key(k))
        && !PatternEventCoder.preposition(key(k))) {
      k++;
      nouns++;
    }
    return nouns > 0 && k < words.size() && key(k).equals("TO") ? k : j;
  }

  /**
   * True when word {@code i} follows "has", "have" or "had" and a time phrase between them: "has in
   * the past rejected", "have in recent weeks offered" (a perfect, not "the past rejected").
   */
  private boolean perfectAfterTime(int i) {
    for (int k = i - 2; k >= Math.max(1, i - 5); k--) {
      if (key(k).equals("IN") && PatternEventCoder.AUXILIARIES_OF_PERFECT.contains(key(k - 1))) {
        for (int j = k + 1; j < i; j++) {
          if (!PatternEventCoder.determiner(key(j))
              && !ClauseWords.TIME_WORDS.contains(key(j))
              && !TIME_UNITS.contains(key(j))
              && !PAST_SPANS.contains(key(j))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Words of a span of time before now: "in the past", "in recent weeks". */
  private static final Set<String> PAST_SPANS = Set.of("PAST", "RECENT", "SEVERAL");

  /**
   * True when the words from {@code from} up to {@code to} are all lower-case modifiers ("trade"),
   * no time word ("the Senate team next heads for").
   */
  private boolean lowerCaseFrom(int from, int to) {
    for (int j = from; j < to; j++) {
      if (words.get(j).capitalized() || !adjectiveLike(j)) {
        return false;
      }
    }
    return true;
  }

  /** True when a comma closes the phrase starting at {@code j} within four words. */
  private boolean closesAside(int j) {
    for (int k = j + 1; k < Math.min(words.size(), j + 5); k++) {
      if (key(k).equals(",")) {
        return true;
      }
      if (verbAt[k] || PatternEventCoder.clauseBreak(key(k))) {
        return false;
      }
    }
    return false;
  }

  /** The actor that starts at word {@code i} (after a "the"), or null. */
  Span spanStartingAt(int i) {
    int at = key(i).equals("THE") ? i + 1 : i;
    if (at >= words.size() || spanAt[at] < 0) {
      return null;
    }
    Span s = spans.get(spanAt[at]);
    return s.from() == at ? s : null;
  }

  /** True for "wants X to", "wished X to": a verb of wishing, an actor, then an infinitive. */
  boolean wishFor(Verb v) {
    if (!ClauseWords.WISHES.contains(key(v.at()))) {
      return false;
    }
    int at = key(v.end()).equals("THE") ? v.end() + 1 : v.end();
    return at < words.size() && spanAt[at] >= 0 && key(spans.get(spanAt[at]).to()).equals("TO");
  }

  /**
   * True when the wish of {@link #wishFor} asks the other actor for an act of its own ("wants Japan
   * to eliminate import controls", "would like Brazil to work more closely with"), not foretells
   * one ("expects the EC to allow") or wants it done to a third actor ("wants Putin to attack
   * Switzerland").
   */
  boolean appealedAct(Verb v) {
    String k = key(v.at());
    if (k.startsWith("EXPECT") || k.startsWith("PREFER")) {
      return false;
    }
    int at = key(v.end()).equals("THE") ? v.end() + 1 : v.end();
    int infinitive = spans.get(spanAt[at]).to() + 1;
    if (infinitive >= words.size() || !lexicon.isVerbForm(key(infinitive))) {
      return false;
    }
    return spanStartingAt(infinitive + 1) == null;
  }

  /**
   * True when the verb's object is judged ("considered the package to be a stimulation", "regards
   * the tax as a violation"): "to be" or "as" follows it, past an aside set off by commas ("the
   * package, announced yesterday, to be") but not into another clause.
   */
  boolean judgedAs(Verb v) {
    for (int j = v.end(); j < Math.min(words.size(), v.end() + 16); j++) {
      String k = key(j);
      if (k.equals("AS") || (k.equals("TO") && key(j + 1).equals("BE"))) {
        return true;
      }
      if (k.equals("THAT") || k.equals("BUT") || k.equals("WHICH") || k.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** True when "no" opens the noun phrase of word {@code i}: "no direct", "no official direct". */
  private boolean afterNo(int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (key(j).equals("NO")) {
        return true;
      }
      if (!(spanAt[j] >= 0 || adjectiveLike(j))) {
        return false;
      }
    }
    return false;
  }

  /** The index of the "(" that opens the parenthesis closing at {@code close}, or -1. */
  private int parenthesisOpening(int close) {
    for (int j = close - 1; j >= Math.max(0, close - 6); j--) {
      if (key(j).equals("(")) {
        return j;
      }
    }
    return -1;
  }

  /** True when a verb stands before word {@code j} in its clause. */
  private boolean verbBeforeInClause(int j) {
    for (int k = j - 1; k >= 0; k--) {
      String key = key(k);
      if (PatternEventCoder.clauseBreak(key) || key.equals(",")) {
        return false;
      }
      if (verbAt[k]) {
        return true;
      }
    }
    return false;
  }

  /** "due to go", "plans to visit", "will have to go": the infinitive's subject is the clause's. */
  private boolean infinitiveLicensed(int to) {
    if (ownerOfAim(to) != null) {
      return true; // "Egypt's decision to ignore": Egypt's act
    }
    for (int j = to - 1; j >= Math.max(0, to - 3); j--) {
      String k = key(j);
      if (PatternEventCoder.catenative(k) || PatternEventCoder.be(k)) {
        return true;
      }
      if (!(k.length() > 4 && k.endsWith("LY")) && !k.equals("NOT")) {
        break;
      }
    }
    // "agreed on February 22 to cooperate": a time phrase between the catenative and "to"
    for (int j = to - 1; j >= Math.max(1, to - 4); j--) {
      if (PatternEventCoder.catenative(key(j - 1)) && afterTimePhrase(j) == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the "to" at {@code to} opens an infinitive of purpose: it follows the object of a
   * verb of its clause ("restrain output to support"), not a catenative, an adjective or a noun
   * that governs it ("plans to", "ready to", "the right to", "efforts to").
   */
  boolean purposeInfinitive(int to) {
    if (infinitiveLicensed(to)) {
      return false;
    }
    String before = key(to - 1);
    if (PatternEventCoder.clauseBreak(before)
        || before.equals(",")
        || PatternEventCoder.catenative(before)
        || ClauseWords.PLANNED.contains(before)
        || ClauseWords.INFINITIVE_HEADS.contains(before)
        || spanAt[to - 1] >= 0 // "ask Russia to help": Russia's help
        || verbAt[to - 1]) {
      return false;
    }
    for (int j = to - 1; j >= Math.max(0, to - 6); j--) {
      if (PatternEventCoder.clauseBreak(key(j)) || key(j).equals(",")) {
        return false;
      }
      if (verbAt[j]) {
        return true;
      }
    }
    return false;
  }

  private boolean isPredicate(Verb v) {
    for (VerbLexicon.Form f : v.forms()) {
      if (f.sense().block().equals("PREDICATE")) {
        return true;
      }
    }
    return false;
  }

  private boolean nextIsVerb(int from) {
    for (int j = from; j < Math.min(words.size(), from + 3); j++) {
      String k = key(j);
      if (verbAt[j] || k.endsWith("ED") || k.equals("BEEN") || k.equals("BEING")) {
        return true;
      }
      if (!(k.equals("NOT") || k.equals("N'T") || (k.length() > 4 && k.endsWith("LY")))) {
        return false;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ roles

  /** Index of the word that opens the verb's clause (exclusive left bound), or -1. */
  int clauseStart(Verb v) {
    for (int j = v.at() - 1; j >= 0; j--) {
      if (spanAt[j] < 0
          && PatternEventCoder.clauseBreak(key(j))
          && !raising(j)
          && !catenativeBreak(j)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "France hopes to sell": a word that opens a clause after it ("hopes that") takes an infinitive
   * here, and the infinitive's subject is its own.
   */
  private boolean catenativeBreak(int j) {
    return j + 1 < words.size() && key(j + 1).equals("TO") && PatternEventCoder.catenative(key(j));
  }

  /**
   * "Pakistan is reported to have bought", "Iran was said to have agreed": a reporting word between
   * "be" and "to" opens no clause; the subject is the infinitive's.
   */
  private boolean raising(int j) {
    return j > 0 && PatternEventCoder.be(key(j - 1)) && key(j + 1).equals("TO");
  }

  /** Index after the last word of the verb's clause. */
  int clauseEnd(Verb v) {
    for (int j = v.end(); j < words.size(); j++) {
      if (spanAt[j] >= 0) {
        continue;
      }
      String k = key(j);
      int closing = scareQuoteEnd(j);
      if (closing > j) {
        j = closing; // called Netanyahu a "liar": a quoted word or two, no quotation
        continue;
      }
      if (PatternEventCoder.clauseBreak(k)
          && (!k.equals("THAT")
              || j <= v.end() + 1
              || (j + 1 < words.size() && spanAt[j + 1] >= 0))) {
        return j;
      }
      if (verbAt[j] && j > v.end()) {
        return j;
      }
    }
    return words.size();
  }

  /**
   * For a quote mark that opens a quoted word or two (scare quotes: a "liar", "racially
   * discriminatory"), the index of the mark that closes it; else -1.
   */
  private int scareQuoteEnd(int j) {
    if (!ClauseWords.QUOTES.contains(key(j))) {
      return -1;
    }
    for (int m = j + 2; m < Math.min(words.size(), j + 5); m++) {
      if (ClauseWords.QUOTES.contains(key(m))) {
        return m;
      }
      if (verbAt[m]) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The index after a parenthesis that opens at word {@code i} and closes within five words ("the
   * European Community (EC) and"), else {@code i} itself.
   */
  int afterParenthesis(int i) {
    if (!key(i).equals("(")) {
      return i;
    }
    for (int j = i + 1; j < Math.min(words.size(), i + 6); j++) {
      if (key(j).equals(")")) {
        return j + 1;
      }
    }
    return i;
  }

  /** The verb's subjects: the first actor of its clause that can be a subject, with conjuncts. */
  List<Span> subjects(Verb v) {
    Span owner = ownerOfAim(v);
    if (owner != null) {
      return List.of(owner); // "Egypt's decision to ignore U.N. advice": Egypt ignores it
    }
    int start = clauseStart(v);
    Span adjacent = adjacentSubject(v, start);
    if (adjacent != null && key(adjacent.from()).equals("THEY")) {
      List<Span> speakers = speakersOf(start);
      if (speakers.size() > 1) {
        return speakers; // "X and Y said they would form a partnership": both
      }
    }
    if (adjacent != null) {
      int before = adjacent.from() - 1;
      if (before >= 0 && spanAt[before] >= 0 && pairedWith(spans.get(spanAt[before]), adjacent)) {
        return List.of(spans.get(spanAt[before]), adjacent); // "the two countries signed"
      }
      return List.of(adjacent);
    }
    for (Span s : spans) {
      if (s.from() <= start || s.to() > v.at()) {
        continue;
      }
      if (objectOfEarlierVerb(s, start)) {
        break; // "has killed 60 people in Mexico and spread into the US": no subject of "spread"
      }
      if (canBeSubject(s, start)) {
        if (start >= 0 && coordinatedWithReport(s, v, start)) {
          return subjectBefore(start);
        }
        List<Span> all = compound(s);
        all.removeIf(x -> x.to() > v.at());
        return all;
      }
    }
    Span antecedent = relativeAntecedent(start, v);
    return antecedent == null ? List.of() : List.of(antecedent);
  }

  /** Nouns of one's own aim whose infinitive is the owner's act: "Egypt's decision to ignore". */
  private static final Set<String> AIMS =
      Set.of(
          "DECISION",
          "PLAN",
          "PLANS",
          "MOVE",
          "BID",
          "ATTEMPT",
          "EFFORT",
          "EFFORTS",
          "OFFER",
          "PROMISE",
          "PLEDGE",
          "COMMITMENT",
          "INTENTION",
          "WILLINGNESS",
          "READINESS",
          "THREAT",
          "THREATS");

  /**
   * The owner of an aim named right before infinitive {@code v} ("Egypt's decision to ignore",
   * "Reagan's recent decision to protect"), or null.
   */
  private Span ownerOfAim(Verb v) {
    return ownerOfAim(v.at() - 1);
  }

  /** True when the word at {@code i} is an infinitive an owned aim governs ("X's threat to"). */
  boolean ownedAimBefore(int i) {
    return ownerOfAim(i - 1) != null;
  }

  /** The owner of an aim named right before the "to" at {@code to}, or null. */
  private Span ownerOfAim(int to) {
    if (to < 3 || !key(to).equals("TO")) {
      return null;
    }
    int aim = to - 1;
    if (ClauseWords.WEEKDAYS.contains(key(aim)) && key(aim - 1).equals("ON")) {
      aim -= 2; // "the U.S. threat on Friday to impose tariffs"
    }
    if (aim < 1 || !AIMS.contains(key(aim))) {
      return null;
    }
    int j = aim - 1;
    while (j > 0 && aim - j <= 2 && !key(j).equals("'S") && adjectiveLike(j)) {
      j--; // "Reagan's recent decision"
    }
    Span s;
    if (j >= 1 && key(j).equals("'S") && spanAt[j - 1] >= 0) {
      s = spans.get(spanAt[j - 1]);
    } else if (j >= 1
        && (key(aim).startsWith("DECISION") || key(aim).startsWith("THREAT"))
        && spanAt[j] >= 0
        && PatternEventCoder.determiner(key(spans.get(spanAt[j]).from() - 1))) {
      s = spans.get(spanAt[j]); // "the U.S. government decision to return", "the U.S. threat to"
    } else {
      return null;
    }
    return PatternEventCoder.stateless(s.mention()) ? null : s;
  }

  /** The speakers of a reporting verb right before word {@code from} ("Yeutter said [that]"). */
  List<Span> speakersBefore(int from) {
    int at = key(from - 1).equals("THE") ? from - 1 : from; // "said the Taiwan currency"
    return speakersOf(at - 1);
  }

  /**
   * The speaker of a report that closes the sentence after word {@code from} (", Baldrige said."),
   * or none.
   */
  List<Span> speakersAtEnd(int from) {
    for (int j = words.size() - 1; j > from + 2; j--) {
      if (ClauseWords.SPEECH.contains(key(j))
          && spanAt[j - 1] >= 0
          && key(spans.get(spanAt[j - 1]).from() - 1).equals(",")) {
        return List.of(spans.get(spanAt[j - 1]));
      }
    }
    return List.of();
  }

  /**
   * The compound subject of the speech verb that opens the clause at {@code start} ("X and Y said |
   * they would"), or an empty list.
   */
  private List<Span> speakersOf(int start) {
    int speech = start >= 0 && key(start).equals("THAT") ? start - 1 : start;
    if (speech < 1 || !ClauseWords.SPEECH.contains(key(speech))) {
      return List.of();
    }
    return subjectBefore(speech);
  }

  /**
   * "Ban Ki-moon, who has arrived in Haiti, said": the subject of a relative clause that opens with
   * "who" after a comma is the actor before the comma, when no actor stands between "who" and the
   * verb.
   */
  private Span relativeAntecedent(int start, Verb v) {
    if (start < 2 || !(key(start).equals("WHO") || key(start).equals("WHICH"))) {
      return null;
    }
    int closed = closingComma(start, v);
    for (int j = closed < 0 ? start + 1 : closed + 1; j < v.at(); j++) {
      if (spanAt[j] >= 0 || verbAt[j]) {
        return null;
      }
    }
    if (!key(start - 1).equals(",")) {
      if (!key(start).equals("WHICH")) {
        return null;
      }
      // "the Islamic Development Bank (IDB) which signed": an organisation's restrictive clause
      int before = key(start - 1).equals(")") ? parenthesisOpening(start - 1) - 1 : start - 1;
      return before >= 0 && spanAt[before] >= 0 ? spans.get(spanAt[before]) : null;
    }
    if (spanAt[start - 2] < 0) {
      return null;
    }
    Span s = spans.get(spanAt[start - 2]);
    int p = beforeDeterminers(s);
    // "of the Institute in Stockholm, who led": the place is not who
    return p >= 0 && PatternEventCoder.preposition(key(p)) ? null : s;
  }

  /**
   * "Conable, who flew to Indonesia yesterday, will meet with Suharto": the comma that closes a
   * relative clause opened by ", who" with a verb of its own, when at most three words that are
   * neither actors nor verbs stand between it and {@code v}; else -1.
   */
  private int closingComma(int who, Verb v) {
    if (!key(who).equals("WHO") || !key(who - 1).equals(",")) {
      return -1;
    }
    int comma = v.at() - 1;
    while (comma > who && v.at() - comma <= 4 && !key(comma).equals(",")) {
      comma--;
    }
    if (comma <= who || !key(comma).equals(",") || v.at() - comma > 4) {
      return -1;
    }
    boolean ownVerb = false;
    for (int j = who + 1; j < comma; j++) {
      ownVerb |= verbAt[j];
    }
    return ownVerb ? comma : -1;
  }

  /**
   * True when a verb of the clause stands before the actor: it is that verb's object. A verb form
   * that opens a noun phrase before an actor is a noun that modifies it ("in Washington, finance
   * ministers of the U.S., Japan").
   */
  private boolean objectOfEarlierVerb(Span s, int start) {
    int from = Math.max(0, start + 1);
    if (SUBORDINATORS.contains(key(from)) || (start >= 0 && SUBORDINATORS.contains(key(start)))) {
      for (int j = s.from() - 1; j > from; j--) {
        if (key(j).equals(",")) {
          from = j + 1; // "When talks broke down, the U.S. and Brazil blamed": a closed opener
          break;
        }
      }
    }
    for (int j = from; j < s.from(); j++) {
      boolean modifier =
          j + 1 < words.size()
              && spanAt[j + 1] >= 0
              && (j == 0
                  || key(j - 1).equals(",")
                  || PatternEventCoder.determiner(key(j - 1))
                  || PatternEventCoder.preposition(key(j - 1)));
      if (verbAt[j] && !modifier) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a subordinate clause set before the main one: "When talks broke down, ...". */
  private static final Set<String> SUBORDINATORS =
      Set.of("WHEN", "AS", "AFTER", "WHILE", "BEFORE", "SINCE", "ONCE", "ALTHOUGH", "THOUGH");

  /**
   * "Tajikistan says Russia is main partner, rejects foreign offers": the actor found is the
   * subject of another verb of the reported clause, and this verb, after a comma, continues the
   * reporting clause.
   */
  private boolean coordinatedWithReport(Span s, Verb v, int start) {
    if (!ClauseWords.SPEECH.contains(key(start)) || !key(v.at() - 1).equals(",")) {
      return false;
    }
    for (int j = s.to(); j < v.at(); j++) {
      if (verbAt[j] || PatternEventCoder.be(key(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the clause ending at word {@code end}: of a reporting verb, or of a verb of
   * announcing, which the verb list does not hold.
   */
  List<Span> subjectBefore(int end) {
    int start = -1;
    for (int j = end - 1; j >= 0; j--) {
      if (spanAt[j] < 0 && PatternEventCoder.clauseBreak(key(j))) {
        start = j;
        break;
      }
    }
    for (Span s : spans) {
      if (s.from() > start && s.to() <= end && canBeSubject(s, start)) {
        List<Span> all = compound(s);
        all.removeIf(x -> x.to() > end);
        return all;
      }
    }
    return List.of();
  }

  /**
   * The actor right before the verb, with only auxiliaries, modals and adverbs between ("and I
   * hope"), when it is not the second member of a prepositional object ("between X and Y have").
   */
  private Span adjacentSubject(Verb v, int start) {
    int j = v.at() - 1;
    while (j > start
        && spanAt[j] < 0
        && !key(j).equals(",")
        && !key(j).equals("AND")
        && (PatternEventCoder.soft(key(j))
            || ClauseWords.NEGATIONS.contains(key(j))
            || ClauseWords.POSSIBLE.contains(key(j))
            || ClauseWords.PLANNED.contains(key(j))
            || PatternEventCoder.catenative(key(j)))) {
      j--;
    }
    if (j <= start || spanAt[j] < 0) {
      return null;
    }
    Span s = spans.get(spanAt[j]);
    Span first = s;
    int p = s.from() - 1;
    while (p > start
        && ((PatternEventCoder.determiner(key(p)) && !key(p).equals("'S"))
            || adjectiveLike(p)
            || ClauseWords.QUANTIFIERS.contains(key(p)))) {
      p--; // "India and five Central American nations will"
    }
    while (p > start && (key(p).equals("AND") || key(p).equals("OR") || key(p).equals(","))) {
      if (key(p).equals(",") && !hasAnd(p, s.from())) {
        // "According to Reuters, Russia attacked": a comma alone joins no list ending here
        break;
      }
      int q = p - 1;
      while (q > start && key(q).equals(",")) {
        q--; // "X, Y, and Z"
      }
      while (q > start
          && ((PatternEventCoder.determiner(key(q)) && !key(q).equals("'S")) || adjectiveLike(q))) {
        q--;
      }
      if (q <= start || spanAt[q] < 0) {
        break;
      }
      first = spans.get(spanAt[q]);
      p = first.from() - 1;
    }
    if (first != s) {
      return null; // a conjunct: the leftmost rule handles compounds
    }
    return canBeSubject(s, start) && !s.mention().text().isEmpty() ? s : null;
  }

  private boolean canBeSubject(Span s, int start) {
    int depth = 0;
    for (int j = start + 1; j < s.from(); j++) {
      if (key(j).equals("(")) {
        depth++;
      } else if (key(j).equals(")")) {
        depth = Math.max(0, depth - 1);
      }
    }
    if (depth > 0) {
      return false;
    }
    int p = s.from() - 1;
    while (p > start
        && ((PatternEventCoder.determiner(key(p)) && !key(p).equals("'S"))
            || (adjectiveLike(p) && s.from() - p <= 2))) {
      p--; // "accounts of the ousted Philippine president": still a preposition's object
    }
    if (p > start && (PatternEventCoder.preposition(key(p)) || key(p).equals("TO"))) {
      // "sales of arms to Iran had been used": an infinitive's "to" takes no actor, a
      // preposition's does; "hundreds of UN troops", "some of the rebels", "a team of Nigerian
      // officials": the quantity or the group is not the head
      boolean quantity =
          key(p).equals("OF")
              && p - 1 > start
              && (ClauseWords.QUANTIFIERS.contains(key(p - 1))
                  || ClauseWords.COLLECTIVES.contains(key(p - 1))
                  || Character.isDigit(key(p - 1).charAt(0)));
      if (!quantity && !ownerInApposition(p, start)) {
        return false;
      }
    }
    if (p > start
        && p > 0
        && (key(p).equals("AND") || key(p).equals("OR"))
        && spanAt[p - 1] >= 0
        && spans.get(spanAt[p - 1]).from() > start) {
      // "of the Philippine and Haitian presidents": the second of a preposition's objects
      return canBeSubject(spans.get(spanAt[p - 1]), start);
    }
    return !modifier(s);
  }

  /** Nouns of a company that another owns: "part of", "a unit of", "the French subsidiary of". */
  private static final Set<String> OWNED =
      Set.of("PART", "UNIT", "SUBSIDIARY", "AFFILIATE", "DIVISION", "ARM", "OFFSHOOT");

  /**
   * True when "of" at {@code p} names the owner in an apposition to a company named without its
   * country ("&lt;Goldstar Precision Co Ltd&gt;, part of South Korea's &lt;Lucky-Goldstar
   * Group&gt;, agreed"): the owner's actor stands for the subject.
   */
  private boolean ownerInApposition(int p, int start) {
    if (!key(p).equals("OF") || p < 2 || !OWNED.contains(key(p - 1))) {
      return false;
    }
    for (int j = p - 2; j > start && j >= p - 5; j--) {
      if (key(j).equals(",")) {
        for (int k = start + 1; k < j; k++) {
          Word w = words.get(k);
          if (spanAt[k] >= 0 || verbAt[k] || !(w.capitalized() || w.punctuation())) {
            return false; // no company's name before the comma ("The packages, part of")
          }
        }
        return j > start + 1 && !PatternEventCoder.determiner(key(start + 1));
      }
    }
    return false;
  }

  /**
   * True when "by" right before the actor, past determiners, names the agent of a noun after the
   * verb ("exchange visits by delegations"), not the verb's object.
   */
  private boolean agentOfNoun(Span s, Verb v) {
    int p = s.from() - 1;
    while (p > v.end() && PatternEventCoder.determiner(key(p))) {
      p--;
    }
    return p > v.end() && key(p).equals("BY");
  }

  /** An actor used as a modifier of a noun ("the NATO pullout", "Islamist militancy"). */
  boolean modifier(Span s) {
    if (s.mention().resolved() || s.to() >= words.size()) {
      return false;
    }
    Word next = words.get(s.to());
    String k = next.key();
    if (next.capitalized() || next.punctuation() || verbAt[s.to()] || lexicon.isVerbForm(k)) {
      return false;
    }
    if (PatternEventCoder.catenative(k)
        && key(s.to() + 1).equals("TO")
        && (k.endsWith("ED") || (k.endsWith("S") && !k.endsWith("SS")))) {
      return false; // "Japan tried to attack", "the U.S. vows to": the catenative's subject
    }
    if (PatternEventCoder.preposition(k)
        || PatternEventCoder.determiner(k)
        || PatternEventCoder.soft(k)
        || PatternEventCoder.be(k)
        || PatternEventCoder.clauseBreak(k)
        || k.equals("'S")
        || ClauseWords.PLANNED.contains(k)
        || ClauseWords.POSSIBLE.contains(k)
        || ClauseWords.NEGATIONS.contains(k)
        || ClauseWords.TIME_WORDS.contains(k)
        || k.equals("WHO")
        || k.equals("OR")
        || ClauseWords.COLLECTIVES.contains(k)
        || ClauseWords.CRAFT.contains(k)) {
      return false; // "a Taiwan mission will leave", "U.S. helicopters flew": the state's
    }
    return k.chars().allMatch(Character::isLetter) && !describesCompany(s.to());
  }

  /**
   * True when lower-case words from {@code from}, joined by "and" at most, end in a company noun
   * that a name follows: "French state-owned | aluminium and special metals group Pechiney" is a
   * French company, not a French modifier.
   */
  private boolean describesCompany(int from) {
    for (int j = from; j < Math.min(words.size() - 1, from + 7); j++) {
      Word w = words.get(j);
      if (ClauseWords.COMPANY_NOUNS.contains(w.key())) {
        Word next = words.get(j + 1);
        return next.capitalized() || next.key().equals("<");
      }
      if (w.capitalized() || spanAt[j] >= 0 || verbAt[j]) {
        return false;
      }
      if (!w.key().equals("AND")
          && !w.key().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
        return false;
      }
    }
    return false;
  }

  /** The span and the spans joined to it by "and", "or" or commas. */
  List<Span> compound(Span first) {
    List<Span> out = new ArrayList<>();
    out.add(first);
    boolean andSeen = false;
    int j = first.to();
    while (j < words.size()) {
      Span last = out.get(out.size() - 1);
      if (spanAt[j] >= 0
          && spans.get(spanAt[j]).from() == j
          && spans.get(spanAt[j]).mention().country().equals(last.mention().country())
          && spans.get(spanAt[j]).mention().code().length() > last.mention().code().length()) {
        // "Secretary of State | George Shultz": a title and its holder's name, one actor
        out.set(out.size() - 1, spans.get(spanAt[j]));
        j = spans.get(spanAt[j]).to();
        continue;
      }
      if (key(j).equals("'S")) {
        j = afterOwnedName(j); // "Italy's <Stet> and France's Thomson-CSF": the owners
      }
      int k = j;
      boolean joined = false;
      while (k < words.size()
          && spanAt[k] < 0
          && (CONNECTORS.contains(key(k))
              || (PatternEventCoder.determiner(key(k)) && !key(k).equals("'S"))
              || (k > j && adjectiveLike(k)))) {
        joined |=
            key(k).equals("AND")
                || key(k).equals("OR")
                || key(k).equals("NOR")
                || key(k).equals(",");
        k++;
      }
      if (k == j && k < words.size() && spanAt[k] >= 0 && pairedWith(first, spans.get(spanAt[k]))) {
        joined = true; // "the two countries": two resolved mentions side by side
      }
      if (!joined || k >= words.size() || spanAt[k] < 0) {
        break;
      }
      Span next = spans.get(spanAt[k]);
      if (next.from() != k) {
        break;
      }
      out.add(next);
      andSeen |= hasAnd(j, k) || (k == j && pairedWith(first, next));
      j = next.to();
    }
    if (out.size() > 1 && !andSeen && !listGoesOn(j)) {
      return new ArrayList<>(out.subList(0, 1));
    }
    Span partner = alongWith(j);
    if (partner != null) {
      List<Span> partners = compound(partner);
      int end = partners.get(partners.size() - 1).to();
      if (end < words.size() && key(end).equals(",")) {
        out.addAll(partners); // "Japan, along with the United States, imposed": set apart
      }
    }
    return out;
  }

  /**
   * The actor set apart after word {@code j} by ", along with" or ", together with" ("Japan, along
   * with the United States, imposed sanctions"), who shares the act, or null.
   */
  private Span alongWith(int j) {
    if (j + 3 >= words.size()
        || !key(j).equals(",")
        || !(key(j + 1).equals("ALONG") || key(j + 1).equals("TOGETHER"))
        || !key(j + 2).equals("WITH")) {
      return null;
    }
    int at = j + 3;
    while (at < words.size() && spanAt[at] < 0 && PatternEventCoder.determiner(key(at))) {
      at++;
    }
    return at < words.size() && spanAt[at] >= 0 && spans.get(spanAt[at]).from() == at
        ? spans.get(spanAt[at])
        : null;
  }

  /**
   * The index of "and" or "," that ends the company a country's possessive at {@code j} names
   * ("Italy's state-controlled telecommunications company &lt;Stet&gt; and", "between Italy's STET
   * and France's Thomson-CSF"), else {@code j}.
   */
  int afterOwnedName(int j) {
    boolean named = false;
    for (int k = j + 1; k < Math.min(words.size(), j + 14); k++) {
      Word w = words.get(k);
      String key = w.key();
      if ((key.equals("AND") || key.equals(",")) && named) {
        return k;
      }
      boolean part =
          w.capitalized()
              || key.equals("<")
              || key.equals(">")
              || key.equals(".")
              || key.equals("-")
              || (!w.punctuation()
                  && key.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                  && !PatternEventCoder.preposition(key)
                  && !PatternEventCoder.clauseBreak(key)
                  && !verbAt[k]);
      if (!part || (spanAt[k] >= 0 && !spans.get(spanAt[k]).mention().code().endsWith("BUS"))) {
        return j; // "Iran's attack on Iraq", "Japan's Nakasone": no company's name
      }
      named |= w.capitalized() && !key.equals("<");
    }
    return j;
  }

  /**
   * True when a list of actors joined by commas ends with "and" and a member that is no actor:
   * "Mexico, Peru, India and five Central American nations".
   */
  private boolean listGoesOn(int j) {
    if (j < words.size() && key(j).equals(",")) {
      j++;
    }
    return j + 1 < words.size() && key(j).equals("AND") && spanAt[j + 1] < 0;
  }

  /** True for the two halves of one reference to two states ("the two | countries"). */
  static boolean pairedWith(Span a, Span b) {
    return a.mention().resolved()
        && b.mention().resolved()
        && a.to() == b.from()
        && !a.mention().country().equals(b.mention().country());
  }

  private boolean hasAnd(int from, int to) {
    for (int j = from; j < to; j++) {
      if (key(j).equals("AND") || key(j).equals("OR") || key(j).equals("NOR")) {
        return true;
      }
    }
    return false;
  }

  /** True when only auxiliaries, adverbs and conjunctions stand between two verbs. */
  boolean onlySoftBetween(int from, int to) {
    boolean and = false;
    for (int j = from; j < to; j++) {
      if (spanAt[j] >= 0) {
        return false;
      }
      String k = key(j);
      boolean but = k.equals("BUT") && j == from; // "did not attack but threatened Georgia"
      and |= k.equals("AND") || k.equals("TO") || but;
      if (!but
          && !PatternEventCoder.soft(k)
          && !PatternEventCoder.catenative(k)
          && !ClauseWords.PLANNED.contains(k)) {
        return false;
      }
    }
    return and;
  }

  private static boolean sameCountryAsSource(Span s, List<Span> sources) {
    for (Span src : sources) {
      if (src.mention().country().equals(s.mention().country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a compound subject acts on its own members: a verb of mutual action ("met", "agreed",
   * "clashed") or an object of two parties ("renewed ties", "called off their talks").
   */
  boolean reciprocal(Verb v, VerbSense sense) {
    if (ClauseWords.MUTUAL_VERBS.contains(VerbLexicon.words(sense.lemma()).get(0))) {
      return true;
    }
    if (key(v.end()).equals("TO")
        && ClauseWords.MUTUAL_VERBS.contains(key(v.end() + 1))
        && !key(v.end() + 2).equals("WITH")) {
      return true; // "six nations pledged to cooperate": with one another, not "with the ATPC"
    }
    int end = Math.min(clauseEnd(v), v.end() + 6);
    for (int j = v.end(); j < end; j++) {
      if (ClauseWords.MUTUAL_OBJECTS.contains(singular(key(j)))) {
        return true;
      }
    }
    return false;
  }

  /** True when an actor of known country follows in the clause after "at", "on", "against". */
  private boolean aimedAtLater(Span s, int end) {
    for (Span t : spans) {
      if (t.from() <= s.from()
          || t.from() >= end
          || t.mention().country().equals(ActorMention.UNKNOWN_COUNTRY)) {
        continue;
      }
      int p = t.from() - 1;
      while (p > s.to() && PatternEventCoder.determiner(key(p))) {
        p--;
      }
      if (ClauseWords.DIRECTIONS.contains(key(p))) {
        return true;
      }
    }
    return false;
  }

  private boolean otherCountryLater(Span s, int end, List<Span> sources) {
    for (Span t : spans) {
      if (t.from() > s.from()
          && t.from() < end
          && !t.mention().country().equals(ActorMention.UNKNOWN_COUNTRY)
          && !sameCountryAsSource(t, sources)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source of a passive: the "by" actor, else, for acts only a state's authorities perform
   * (arrests, expulsions, sanctions, releases: {@code byState}), a country the event happened "in".
   * "Troops were killed in Mali" names no killer.
   */
  Span agentOfPassive(Verb v, boolean byState, boolean fromViolence) {
    int end = Math.min(clauseEnd(v), v.end() + 8);
    for (String prep : new String[] {"BY", "IN", "FROM"}) {
      for (int j = v.end(); j < end; j++) {
        if (!key(j).equals(prep)) {
          continue;
        }
        int k = j + 1;
        while (k < end && PatternEventCoder.determiner(key(k))) {
          k++;
        }
        if (k < end && spanAt[k] >= 0) {
          Span s = spans.get(spanAt[k]);
          boolean place = s.mention().code().length() == 3;
          if (prep.equals("BY")
              || (byState && place && !prep.equals("FROM"))
              || ((byState || fromViolence) && place && prep.equals("FROM"))) {
            return s;
          }
        }
      }
    }
    return null;
  }

  /**
   * The author of the attack a victim's verb happened in: the actor that modifies an attack noun
   * after "in" or "during", with at most two lower-case words between ("were killed in a US air
   * strike", "died in an Indian artillery attack", "wounded in Israeli tank shelling"), or null.
   */
  Span attackerIn(Verb v, NominalEvents nouns) {
    int end = Math.min(clauseEnd(v), v.end() + 8);
    for (int j = v.end(); j < end; j++) {
      if (!key(j).equals("IN") && !key(j).equals("DURING")) {
        continue;
      }
      int k = j + 1;
      while (k < end && PatternEventCoder.determiner(key(k))) {
        k++;
      }
      if (k >= end || spanAt[k] < 0) {
        continue;
      }
      Span s = spans.get(spanAt[k]);
      if (placeName(s.mention())) {
        continue; // "killed in a Baghdad car bombing": where, not who
      }
      for (int m = s.from() + 1; m < words.size() && m <= s.to() + 2; m++) {
        if (nouns.attackNounAt(this, m)) {
          return s; // "a US air strike", "Israeli tank shelling", "a Pakistani attack"
        }
        if (m >= s.to() && !plainLowerWord(m)) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * True when a mention names a country through one of its places, not a people or an actor: a
   * capital or city read as its country ("Baghdad" for Iraq) or the country's name ("Iraq"), but
   * not an abbreviation ("U.S.", "UK"), a people ("Israeli") or an agent ("Israeli troops").
   */
  private static boolean placeName(ActorMention m) {
    String text = m.text();
    if (m.code().length() != 3 || text.isEmpty()) {
      return false;
    }
    if (text.length() <= 6 && text.equals(text.toUpperCase(Locale.ROOT))) {
      return false; // "U.S.", "UK"
    }
    String first = text.split("[\\s']", 2)[0].toUpperCase(Locale.ROOT);
    return !ActorDictionary.demonymOf(first, m.name()); // a country's mention names the country
  }

  /** The clause end, extended over a governed infinitive ("declined to comment on X"). */
  int infinitiveEnd(Verb v) {
    int end = clauseEnd(v);
    if (key(v.end()).equals("TO") && end == v.end() + 1) {
      for (Verb w : verbs) {
        if (w.at() == v.end() + 1) {
          end = clauseEnd(w);
        }
      }
    }
    return end;
  }

  /** True when the verb's clause is what a demand asks for: "demanded that Ukraine withdraw". */
  boolean demanded(Verb v) {
    int start = clauseStart(v);
    return start > 0 && key(start).equals("THAT") && ClauseWords.DEMANDS.contains(key(start - 1));
  }

  /** The first actor after the verb in its clause that is not one of the sources. */
  Span objectOf(Verb v, List<Span> sources) {
    if (ClauseWords.DEMANDS.contains(key(v.at())) && key(v.end()).equals("THAT")) {
      return spanStartingAt(v.end() + 1); // "demanded that Ukraine withdraw": of Ukraine
    }
    int end = infinitiveEnd(v); // "pledged to expel X": the governed infinitive's object
    for (Span s : spans) {
      if (s.from() > v.at() && s.to() < v.end() && !sameCountryAsSource(s, sources)) {
        return s; // "shot it down", "turned the offer down": the object before the particle
      }
      if (s.from() < v.end() || s.from() >= end) {
        continue;
      }
      boolean isSource = false;
      for (Span src : sources) {
        isSource |= src.mention().code().equals(s.mention().code());
      }
      if (ClauseWords.SPEECH.contains(key(s.to()))) {
        continue; // "…, Palestinian security officials said": the speaker
      }
      if (startsCoordinateClause(s)) {
        break; // "the Netherlands ordered doses and Australia has ordered": another subject
      }
      if (excepted(s)) {
        continue; // "decided to back an extension, with the exception of Britain"
      }
      if (beside(s)) {
        continue; // "hit two ships off the Iranian coast": where, not whom
      }
      if (abbreviationOfPrevious(s)) {
        continue; // "the United Arab Emirates (UAE)": one actor named twice
      }
      if (timeOrCompanion(s)) {
        continue; // "intervened during London trading": when, not whom; "along with X": beside
      }
      if (meetingVenue(s)) {
        continue; // "pledged at the G-7 meeting in Washington": where it was said, not to whom
      }
      if (ownUnit(s)) {
        continue; // "will sign a loan through its Hong Kong unit": the company's own
      }
      if (sources.size() > 1 && !v.passive() && s.mention().resolved() && agentOfNoun(s, v)) {
        continue; // "X and Y agreed to exchange visits by delegations": theirs, no third party
      }
      if (s.mention().resolved()
          && POSSESSIVES.contains(key(s.from()))
          && sameCountryAsSource(s, sources)) {
        continue; // "X and Y warned their citizens": the sources' own people
      }
      if ((s.mention().country().equals(ActorMention.UNKNOWN_COUNTRY)
              || sameCountryAsSource(s, sources))
          && aimedAtLater(s, end)) {
        continue; // "fired shells at X", "sent its troops into X": no target; X is
      }
      if (sameCountryAsSource(s, sources)
          && s.mention().text().equals(s.mention().text().toLowerCase(java.util.Locale.ROOT))
          && otherCountryLater(s, end, sources)) {
        continue; // "conducting military exercises in Alaska": its own forces are no target
      }
      if (s.mention().country().equals(ActorMention.UNKNOWN_COUNTRY) && partyAfter(s, end)) {
        continue; // "boost joint business with France": France is the party
      }
      if (!isSource) {
        return s; // "condemned Israeli settlements": the modifier is the target's country
      }
    }
    return null;
  }

  /** True for "its Hong Kong unit", "their U.S. subsidiary": a company's own unit abroad. */
  private boolean ownUnit(Span s) {
    int p = s.from() - 1;
    return p >= 0
        && POSSESSIVES.contains(key(p))
        && s.to() < words.size()
        && UNITS.contains(key(s.to()));
  }

  private static final Set<String> UNITS =
      Set.of(
          "UNIT",
          "UNITS",
          "SUBSIDIARY",
          "SUBSIDIARIES",
          "BRANCH",
          "BRANCHES",
          "ARM",
          "AFFILIATE",
          "AFFILIATES",
          "OFFICE",
          "OFFICES",
          "OPERATIONS",
          "DIVISION");

  /**
   * True when the actor names the meeting its clause's act took place at: "at the G-7 meeting",
   * "during the OPEC conference".
   */
  private boolean meetingVenue(Span s) {
    if (s.to() >= words.size() || !ClauseWords.MEETING_NOUNS.containsKey(key(s.to()))) {
      return false;
    }
    int p = beforeDeterminers(s);
    return p >= 0 && (key(p).equals("AT") || key(p).equals("DURING"));
  }

  /**
   * True when the actor is the subject of a clause of its own, an auxiliary or a verb right after
   * it: "announced recently Iran had emplaced missiles".
   */
  boolean subjectOfOwnClause(Span s) {
    return s.to() < words.size() && (AUXILIARIES.contains(key(s.to())) || verbAt[s.to()]);
  }

  /**
   * True when the verb's clause gives a period's trade, not an act: "bought 500,000 tonnes of
   * Spanish barley last year", "imported ... in calendar 1986".
   */
  boolean tradeFigure(Verb v) {
    int end = clauseEnd(v);
    int from = Math.max(0, clauseStart(v) + 1);
    for (int j = v.at() - 1; j > from; j--) {
      if (spanAt[j] < 0 && key(j).equals(",")) {
        from = j + 1; // "Under an agreement signed last year, South Africa will export": an opener
        break;
      }
    }
    for (int j = from; j < end; j++) {
      String k = key(j);
      String next = j + 1 < words.size() ? key(j + 1) : "";
      if (ORDINALS.contains(k) && next.equals("YEAR") && key(j + 2).equals("OF")) {
        return true; // "in the fourth year of the U.S.-USSR grain agreement": a running total
      }
      if ((k.equals("LAST") || k.equals("THIS"))
              && (next.equals("YEAR") || next.equals("SEASON") || next.equals("QUARTER"))
          || k.equals("CALENDAR")
          || k.equals("ANNUALLY")
          || (k.equals("IN") && next.matches("(19|20)\\d\\d"))) {
        return true; // "U.S. producers annually export about two billion dlrs of forest products"
      }
    }
    // "bought 320,000 tonnes of French wheat since the beginning of the campaign": a running total
    for (int j = v.end(); j + 1 < Math.min(words.size(), v.end() + 12); j++) {
      if (key(j).equals("SINCE") && (key(j + 1).equals("THE") || key(j + 1).matches("\\d.*"))) {
        return true;
      }
      if (spanAt[j] < 0 && key(j).equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the actor only tells where goods come from: "65,000 tonnes of French maize", "300 mln
   * dlrs of Japanese goods".
   */
  boolean goodsOrigin(Span t) {
    int p = t.from() - 1;
    if (p < 1 || !key(p).equals("OF")) {
      return false;
    }
    String unit = key(p - 1);
    return AMOUNT_UNITS.contains(unit)
        || unit.equals("BUSHELS")
        || unit.equals("BARRELS")
        || unit.equals("BALES")
        || Character.isDigit(unit.charAt(0));
  }

  /**
   * True when the actor, with the actors joined to it ("British and West German"), qualifies the
   * lower-case noun after it: "British and West German feed wheat", "French and Danish barley".
   */
  boolean modifiesNoun(Span t) {
    List<Span> all = compound(t);
    Span last = all.get(all.size() - 1);
    int end = last.to();
    if (last.mention().code().length() == 3 && !words.get(end - 1).capitalized()) {
      return true; // "Danish barley": a country's name and the goods it qualifies
    }
    return end < words.size()
        && spanAt[end] < 0
        && !words.get(end).capitalized()
        && (!verbAt[end] || plainLowerWord(end + 1)) // "feed wheat"
        && key(end).chars().allMatch(Character::isLetter)
        && !PatternEventCoder.preposition(key(end))
        && !PatternEventCoder.determiner(key(end))
        && !CONNECTORS.contains(key(end));
  }

  /** Securities and money, which a state's name only tells the issuer or currency of. */
  private static final Set<String> SECURITIES =
      Set.of(
          "EQUITIES",
          "STOCKS",
          "SHARES",
          "BONDS",
          "SECURITIES",
          "TREASURIES",
          "DOLLARS",
          "DOLLAR",
          "CURRENCY",
          "NOTES",
          "PAPER",
          "DEBT",
          "YEN",
          "MARKS",
          "FRANCS");

  /**
   * True when the actor names only the issuer of securities or money traded: "sold U.S. equities",
   * "bought U.S. dollars"; dealing in them is no dealing with the state.
   */
  boolean securities(Span t) {
    int j = t.to();
    while (j < words.size() && j < t.to() + 2 && !SECURITIES.contains(key(j))) {
      if (spanAt[j] >= 0 || words.get(j).punctuation() || verbAt[j]) {
        return false;
      }
      j++;
    }
    return j < words.size() && SECURITIES.contains(key(j));
  }

  /**
   * True when "in" and a verb in "-ing" follow the last of the actors joined: "joined Canada and
   * the US in reporting": doing it alongside them.
   */
  boolean joinedIn(List<Span> joined) {
    int end = joined.get(joined.size() - 1).to();
    return end + 1 < words.size() && key(end).equals("IN") && key(end + 1).endsWith("ING");
  }

  /** True when the actor stands in parentheses right after an actor of its country. */
  private boolean abbreviationOfPrevious(Span s) {
    int open = s.from() - 1;
    if (open < 1 || !key(open).equals("(") || spanAt[open - 1] < 0) {
      return false;
    }
    return spans.get(spanAt[open - 1]).mention().country().equals(s.mention().country());
  }

  /**
   * True when the actor's phrase is a time ("during London trading") or a companion of the subject
   * ("attend the meeting along with the Central American producers").
   */
  private boolean timeOrCompanion(Span s) {
    int p = s.from() - 1;
    while (p >= 0
        && (PatternEventCoder.determiner(key(p))
            || ((key(p).equals("OF") || key(p).equals("OR"))
                && p > 0
                && ClauseWords.QUANTIFIERS.contains(key(p - 1)))
            || ClauseWords.QUANTIFIERS.contains(key(p)))) {
      p--; // "along with most or all of the producers"
    }
    if (p < 0) {
      return false;
    }
    String k = key(p);
    return k.equals("DURING")
        || k.equals("AMID")
        || (k.equals("WITH")
            && p > 0
            && (key(p - 1).equals("ALONG") || key(p - 1).equals("TOGETHER")));
  }

  /**
   * True when the actor opens a clause of its own after "and", "but" or a comma: an auxiliary or a
   * verb follows it at once ("and Australia has ordered", ", but Japan declined").
   */
  private boolean startsCoordinateClause(Span s) {
    int p = beforeDeterminers(s);
    if (p < 0 || !(key(p).equals("AND") || key(p).equals("BUT") || key(p).equals(","))) {
      return false;
    }
    return s.to() < words.size() && (verbAt[s.to()] || AUXILIARIES.contains(key(s.to())));
  }

  static final Set<String> AUXILIARIES =
      Set.of(
          "HAS", "HAVE", "HAD", "WILL", "WOULD", "IS", "ARE", "WAS", "WERE", "CAN", "COULD", "MAY",
          "MIGHT", "MUST", "SHOULD", "SHALL", "DID", "DOES", "DO");

  /** True when a "with", "to" or "against" actor of a known country follows {@code s} at once. */
  private boolean partyAfter(Span s, int end) {
    String k = key(s.to());
    if (!(k.equals("WITH") || k.equals("TO") || k.equals("AGAINST"))) {
      return false;
    }
    int at = key(s.to() + 1).equals("THE") ? s.to() + 2 : s.to() + 1;
    if (at >= end || spanAt[at] < 0) {
      return false;
    }
    return !spans.get(spanAt[at]).mention().country().equals(ActorMention.UNKNOWN_COUNTRY);
  }

  /**
   * "Iraq said Iran attacked its oil fields": an object owned by "its" or "their" that is no actor,
   * in a clause reported by another actor, belongs to the reporter.
   */
  Span reporterOwningObject(Verb v, List<Span> sources) {
    int at = v.end();
    if (at + 2 < words.size()
        && key(at + 1).equals("OF")
        && (number(at) || ClauseWords.QUANTIFIERS.contains(key(at)))) {
      at += 2; // "attacked two of its oil platforms"
    }
    String k = key(at);
    if (!(k.equals("ITS") || k.equals("THEIR")) || spanAt[at] >= 0) {
      return null;
    }
    int start = clauseStart(v);
    if (start < 0 || !ClauseWords.SPEECH.contains(key(start))) {
      return null;
    }
    for (Span r : subjectBefore(start)) {
      if (!sameCountryAsSource(r, sources)
          && !r.mention().country().equals(ActorMention.UNKNOWN_COUNTRY)) {
        return r;
      }
    }
    return null;
  }

  /** In the passive's subject, the actor it is aimed at: "evidence against Russia was …". */
  Span aimedAtInSubject(Verb v) {
    int start = clauseStart(v);
    for (Span s : spans) {
      if (s.from() <= start || s.to() > v.at()) {
        continue;
      }
      int p = s.from() - 1;
      while (p > start && PatternEventCoder.determiner(key(p))) {
        p--;
      }
      if (p > start && ClauseWords.DIRECTIONS.contains(key(p))) {
        return s;
      }
    }
    return null;
  }

  /** True when the actor is a place after "in" or "at": "met in Zurich", "talks at Geneva". */
  boolean placeAfterIn(Span s) {
    return afterIn(s)
        && s.mention().code().length() == 3
        && !(s.to() < words.size() && key(s.to()).equals("'S")) // "a stake in France's Matra"
        && !(modifier(s) && !CONJUNCTIONS.contains(key(s.to()))); // "the increase in U.S. rates"
  }

  /**
   * The index of the capitalised word, a city, that stands before the actor and a comma ("Davos,
   * Switzerland"), or -1.
   */
  int cityBefore(Span s) {
    int city = s.from() - 2;
    return city > 0 && key(s.from() - 1).equals(",") && spanAt[city] < 0 && nameWord(city)
        ? city
        : -1;
  }

  /** True when the actor is a place after "over": "flights over Siberia". */
  boolean placeAfterOver(Span s) {
    int before = beforeDeterminers(s);
    return before >= 0
        && key(before).equals("OVER")
        && s.mention().code().length() == 3
        && !modifier(s)
        && !(s.to() < words.size() && key(s.to()).equals("'S"));
  }

  /** Words that open a clause after a place: "met rescuers in Haiti as they search". */
  private static final Set<String> CONJUNCTIONS =
      Set.of("AS", "WHEN", "WHILE", "WHERE", "BECAUSE", "THAN", "IF", "ONCE", "UNLESS");

  /**
   * True when the actor is a court after "in" or "at": "filed a lawsuit in U.S. district court".
   */
  boolean courtAfterIn(Span s) {
    String code = s.mention().code();
    return afterIn(s) && code.length() == 6 && code.endsWith("JUD");
  }

  private boolean afterIn(Span s) {
    String before = key(beforeDeterminers(s));
    return before.equals("IN") || before.equals("AT");
  }

  /** The word before the actor and the determiners that open its phrase, or -1. */
  private int beforeDeterminers(Span s) {
    int p = s.from() - 1;
    while (p >= 0 && PatternEventCoder.determiner(key(p))) {
      p--;
    }
    return p;
  }

  /** True when the actor only places the act nearby: "off the Iranian coast", "near Basra". */
  private boolean beside(Span s) {
    String before = key(beforeDeterminers(s));
    return before.equals("OFF") || before.equals("NEAR");
  }

  /**
   * True when the actor is named as left out or only compared: "with the exception of Britain",
   * "except Japan", "other than China", "less than West German yards".
   */
  private boolean excepted(Span s) {
    int p = beforeDeterminers(s);
    return p >= 0
        && (key(p).equals("EXCEPT")
            || key(p).equals("EXCLUDING")
            || (key(p).equals("OF") && key(p - 1).equals("EXCEPTION"))
            || key(p).equals("THAN")
            || (key(p).equals("FROM") && key(p - 1).equals("APART")));
  }

  /**
   * For an attack with no target named: the country it struck, a place after "in", "into", "on" or
   * "over" in the dozen words after the verb that is not the attacker's ("bombed rebel positions in
   * Syria", "killed 150 people in raids into Pakistani territory"); else null.
   */
  Span placeStruck(Verb v, List<Span> sources) {
    for (int j = v.end(); j < Math.min(words.size(), v.end() + 12); j++) {
      String k = key(j);
      if (spanAt[j] < 0 && PatternEventCoder.clauseBreak(k) && !hedgeBeforeNoun(j)) {
        return null;
      }
      if (!(k.equals("IN") || k.equals("INTO") || k.equals("ON") || k.equals("OVER"))) {
        continue;
      }
      int at = j + 1;
      while (at < words.size() && PatternEventCoder.determiner(key(at))) {
        at++;
      }
      if (at < words.size() && spanAt[at] >= 0) {
        Span s = spans.get(spanAt[at]);
        if (s.mention().code().length() == 3 && !sameCountryAsSource(s, sources)) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * "strikes against alleged terrorist camps": a word of reporting after a preposition or a
   * determiner hedges the noun after it; it opens no clause.
   */
  private boolean hedgeBeforeNoun(int j) {
    return HEDGES.contains(key(j))
        && j > 0
        && (PatternEventCoder.preposition(key(j - 1)) || PatternEventCoder.determiner(key(j - 1)));
  }

  private static final Set<String> HEDGES = Set.of("ALLEGED", "SUSPECTED", "PURPORTED", "REPORTED");

  /** For "X is our ally": the possessive actor of the predicate ("our"), or "Y's". */
  Span possessorAfter(Verb v) {
    int end = Math.min(clauseEnd(v), v.end() + 8);
    for (Span s : spans) {
      if (s.from() < v.end() || s.from() >= end) {
        continue;
      }
      String k = key(s.from());
      if (POSSESSIVES.contains(k) || key(s.to()).equals("'S")) {
        return s;
      }
    }
    return null;
  }

  /**
   * Negation, plan or possibility stated in the verb group: the auxiliaries, modals, adverbs and
   * governing words right before the verb ("are due to pull out", "have not officially voiced",
   * "could contribute"), at most six words back and not before {@code from}.
   */
  Modality modality(Verb v, int from) {
    if (ownerOfAim(v) != null) {
      return Modality.PLANNED; // "Egypt's decision to attack": still to come
    }
    boolean planned = false;
    boolean possible = false;
    int first = v.at();
    while (first - 1 >= Math.max(0, from)
        && first > v.at() - 6
        && spanAt[first - 1] < 0
        && verbGroupWord(key(first - 1))) {
      first--;
    }
    int negations = 0;
    for (int j = first; j < v.at(); j++) {
      String k = key(j);
      if (ClauseWords.NEGATIONS.contains(k) || ClauseWords.NEGATING_CATENATIVES.contains(k)) {
        negations++; // "did not attack", "failed to reach", "refused to release"
        continue;
      }
      if (k.equals("TO")) {
        planned |= j > 0 && ClauseWords.PLANNED.contains(key(j - 1));
      } else {
        planned |= ClauseWords.PLANNED.contains(k);
      }
      if (k.equals("WOULD") && reportedClause(v)) {
        planned = true; // "Japan said it would retaliate": the future of a report, an intent
        continue;
      }
      if (likelyTo(j)) {
        planned = true; // "is likely to visit Moscow soon": a hedged intent, as "expected to"
        continue;
      }
      possible |= ClauseWords.POSSIBLE.contains(k);
    }
    if (negations % 2 == 1) {
      return Modality.NEGATED; // "did not fail to attack", "never refused to meet": asserted
    }
    if (key(v.end()).equals("NO") || key(v.end()).equals("NEITHER")) {
      return Modality.NEGATED;
    }
    planned |= scheduledByBe(v) || presentForFuture(v) || stillToBeDone(v);
    possible |= planUnderStudy(v) || mandative(v) || speculated(v) || conditionToCome(v);
    if (!planned && !possible && first == v.at()) {
      Modality shared = coordinatedModality(v);
      if (shared != null) {
        return shared;
      }
    }
    return possible ? Modality.POSSIBLE : planned ? Modality.PLANNED : Modality.ASSERTED;
  }

  /**
   * "calls from foreign creditors that the government talk to the IMF", "urged that Japan open its
   * market": the bare verb of a clause after a demand is what is asked for, not done.
   */
  private boolean mandative(Verb v) {
    if (!baseForm(v.forms(), key(v.at())) || v.at() < 3) {
      return false;
    }
    int j = v.at() - 1;
    while (j > 0 && v.at() - j <= 6 && !key(j).equals("THAT")) {
      if (j < v.at() - 1 && URGING.contains(key(j))) {
        return true; // "urged the Reagan administration offer EEP wheat": no "that"
      }
      if (verbAt[j] || (spanAt[j] < 0 && PatternEventCoder.clauseBreak(key(j)))) {
        return false;
      }
      j--; // the subject: "that the government talk", "that Japan's ministry open"
    }
    if (j < 1 || j == v.at() - 1 || !key(j).equals("THAT")) {
      return false;
    }
    for (int k = j - 1; k >= 0 && k >= j - 10; k--) {
      if (MANDATES.contains(key(k))) {
        return true; // "calls from foreign creditors and from some businessmen that"
      }
      if (verbAt[k] || key(k).equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of urging whose object may take a bare verb: "urged the administration offer". */
  private static final Set<String> URGING = Inflection.forms(List.of("URGE"));

  /**
   * "Grain trade representatives continued to speculate that the administration will offer wheat":
   * a clause that speculation or rumour opens is not reported as an act.
   */
  private boolean speculated(Verb v) {
    int start = clauseStart(v);
    return start >= 1
        && key(start).equals("THAT")
        && ClauseWords.SPECULATING.contains(key(start - 1));
  }

  /** Words of demanding whose "that" clause is in the subjunctive. */
  private static final Set<String> MANDATES =
      Set.of(
          "CALL",
          "CALLS",
          "DEMAND",
          "DEMANDS",
          "DEMANDED",
          "URGED",
          "URGES",
          "INSISTED",
          "INSISTS",
          "PROPOSED",
          "PROPOSES",
          "RECOMMENDED",
          "RECOMMENDS",
          "ASKED",
          "REQUESTED",
          "SUGGESTED");

  /**
   * "Nakasone will visit the United States and hold talks with Reagan": a bare verb after "and"
   * shares the modal of the verb it is coordinated with; null when there is none to share.
   */
  private Modality coordinatedModality(Verb v) {
    if (!key(v.at() - 1).equals("AND") || !baseForm(v.forms(), key(v.at()))) {
      return null;
    }
    Verb prev = null;
    for (Verb u : verbs) {
      if (u.at() < v.at() - 1) {
        prev = u;
      }
    }
    if (prev == null) {
      return null;
    }
    for (int j = prev.end(); j < v.at() - 1; j++) {
      if (PatternEventCoder.clauseBreak(key(j)) || verbAt[j]) {
        return null;
      }
    }
    Modality m = modality(prev, clauseStart(prev) + 1);
    return m == Modality.PLANNED || m == Modality.POSSIBLE ? m : null;
  }

  /**
   * "South Korea is studying a plan to buy more coal": a plan only studied or considered is no
   * intent yet.
   */
  private boolean planUnderStudy(Verb v) {
    if (v.at() < 3
        || !key(v.at() - 1).equals("TO")
        || !ClauseWords.PLAN_NOUNS.contains(key(v.at() - 2))) {
      return false;
    }
    for (int j = v.at() - 3; j >= Math.max(0, v.at() - 6); j--) {
      String k = key(j);
      if (ClauseWords.WEIGHING.contains(k)) {
        return true;
      }
      if (!PatternEventCoder.determiner(k) && !adjectiveLike(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "issues to be discussed by the ministers", "talks to be held in May": a plain noun before a
   * passive infinitive names what is still to be done.
   */
  private boolean stillToBeDone(Verb v) {
    int j = v.at() - 3;
    if (j < 0
        || !key(v.at() - 1).equals("BE")
        || !key(v.at() - 2).equals("TO")
        || key(v.at()).endsWith("ING")) {
      return false; // "appear to be withdrawing": going on
    }
    String k = key(j);
    return !PatternEventCoder.be(k)
        && !RAISING.contains(k)
        && !PatternEventCoder.catenative(k)
        && (j == 0 || !words.get(j).capitalized())
        && k.chars().allMatch(Character::isLetter)
        && !ClauseWords.SPEECH.contains(k);
  }

  /**
   * "Officials are to meet next week", "the minister is to visit China": a form of "be" with "to"
   * schedules the act ("X is to blame" blames no one yet, and is no plan).
   */
  private boolean scheduledByBe(Verb v) {
    return v.at() >= 2
        && key(v.at() - 1).equals("TO")
        && BE_FINITE.contains(key(v.at() - 2))
        && !key(v.at()).equals("BLAME");
  }

  /**
   * True when the verb's clause is what a reporting verb a few words before reports: "said (that)
   * it would", "warned it would impose".
   */
  private boolean reportedClause(Verb v) {
    // eight words back, an actor's name counting as one ("said officials of the Japanese Ministry
    // of International Trade and Industry (MITI) would hold talks")
    for (int j = v.at() - 1, counted = 0; j >= 0 && counted < 8; j--, counted++) {
      if (spanAt[j] >= 0) {
        j = spans.get(spanAt[j]).from();
        continue;
      }
      String k = key(j);
      if (ClauseWords.SPEECH.contains(k) || REPORTS_OF_INTENT.contains(k)) {
        return true;
      }
      if (PatternEventCoder.clauseBreak(k) && !k.equals("THAT")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> REPORTS_OF_INTENT =
      Set.of("WARNED", "WARNS", "WARNING", "INSISTED", "STRESSED", "SAYING", "TELLING", "SAY");

  /**
   * "When he meets Baker next week", "Nakasone visits Washington tomorrow": a verb in the present
   * with a time to come in its clause is a plan.
   */
  private boolean presentForFuture(Verb v) {
    String k = key(v.at());
    if (k.endsWith("ED") || v.passive() || v.at() < 1 || PatternEventCoder.be(key(v.at() - 1))) {
      return false;
    }
    if (key(v.at() - 1).equals("NEXT") && k.endsWith("S")) {
      return true; // "the Senate team next heads for the United Arab Emirates"
    }
    return timeToCome(v.end(), Math.min(clauseEnd(v), v.end() + 10))
        || whenToCome(v)
        || presentOnAWeekday(v);
  }

  /**
   * "Arafat and Netanyahu meet separately Monday with Albright", "Baker flies Tuesday to Moscow":
   * the present tense of news dated by a weekday is an event to come (the past is "met Monday").
   */
  private boolean presentOnAWeekday(Verb v) {
    String k = key(v.at());
    boolean present =
        baseForm(v.forms(), k)
            || (k.endsWith("S") && baseForm(v.forms(), k.substring(0, k.length() - 1)))
            || (k.endsWith("ES") && baseForm(v.forms(), k.substring(0, k.length() - 2)));
    if (!present) {
      return false;
    }
    for (int j = v.at() + 1; j < Math.min(words.size(), v.at() + 4); j++) {
      if (ClauseWords.WEEKDAYS.contains(key(j))) {
        return true;
      }
      if (spanAt[j] >= 0 || PatternEventCoder.clauseBreak(key(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Lyng will ask Japan to lift quotas when he visits there": a verb in the present after "when"
   * (or "before") and its subject, in a clause that a future modal governs, is to come.
   */
  private boolean whenToCome(Verb v) {
    int when = timeConjunctionToCome(v, false);
    return when >= 0 && !CONDITIONS_TO_COME.contains(key(when));
  }

  /**
   * "would be turned over to his father once the Cuban group arrives", "sanctions will remain until
   * Iraq pays reparations": after "once" or "until", under a future, the present names a condition,
   * not an act anyone announced.
   */
  private boolean conditionToCome(Verb v) {
    int when = timeConjunctionToCome(v, true);
    return when >= 0 && CONDITIONS_TO_COME.contains(key(when));
  }

  /**
   * The index of the conjunction of time (when, before, once, until) that opens the verb's clause
   * with its subject, in a clause that a future modal ("will"; "would" too, when {@code
   * conditional}) governs; else -1. ("would be resolved before the two countries open talks", in a
   * clause of doubt, dates no plan.)
   */
  private int timeConjunctionToCome(Verb v, boolean conditional) {
    if (key(v.at()).endsWith("ED") || v.passive()) {
      return -1;
    }
    int when = v.at() - 1;
    while (when > 0
        && when > v.at() - 6
        && (spanAt[when] >= 0 || ClauseWords.DETERMINERS.contains(key(when)))) {
      when--; // "when he", "when the minister", "once the Cuban group"
    }
    if (when < 1 || when == v.at() - 1 || !TIME_CONJUNCTIONS.contains(key(when))) {
      return -1;
    }
    for (int j = when - 1; j >= 0 && j > when - 25; j--) {
      String k = key(j);
      if (k.equals("WILL")
          || k.equals("SHALL")
          || k.equals("'LL")
          || (conditional && k.equals("WOULD"))) {
        return when;
      }
      if (k.equals(".") || k.equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  /** Conjunctions of time whose present tense, under a future, is future too. */
  private static final Set<String> TIME_CONJUNCTIONS = Set.of("WHEN", "BEFORE", "ONCE", "UNTIL");

  /** Those of them that make the clause a condition of what the future holds. */
  private static final Set<String> CONDITIONS_TO_COME = Set.of("ONCE", "UNTIL");

  /** True when "tomorrow" or "next week" (month, year, Monday, ...) is among words [from, end). */
  boolean timeToCome(int from, int end) {
    for (int j = from; j < Math.min(end, words.size()); j++) {
      String w = key(j);
      if (w.equals("TOMORROW")
          || (w.equals("NEXT")
              && j + 1 < words.size()
              && (key(j + 1).equals("WEEK")
                  || key(j + 1).equals("MONTH")
                  || key(j + 1).equals("YEAR")
                  || ClauseWords.CALENDAR_WORDS.contains(key(j + 1))))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BE_FINITE = Set.of("IS", "ARE", "WAS", "WERE", "AM");

  /**
   * True when the verb group states the subject's intent: "will meet", "plans to visit", "said it
   * would free", "is seeking to deepen" (words of {@link ClauseWords#INTENT}, at most six words
   * back, not before {@code from}).
   */
  boolean intended(Verb v, int from) {
    if (scheduledByBe(v) || presentForFuture(v) || stillToBeDone(v) || ownerOfAim(v) != null) {
      return true;
    }
    if (v.at() >= 2 && key(v.at() - 1).equals("TO") && PURPOSES.contains(key(v.at() - 2))) {
      return true; // "in an attempt to increase cooperation": what is sought, not done
    }
    for (Verb u : verbs) {
      if (u.end() + 1 == v.at()
          && key(u.end()).equals("TO")
          && ClauseWords.INTENT.contains(key(u.at()))) {
        return true; // "agreed in principle to buy", "agreed at the summit to use"
      }
    }
    for (int j = v.at() - 1; j >= Math.max(0, from) && j > v.at() - 9 && spanAt[j] < 0; j--) {
      String k = key(j);
      if (ClauseWords.INTENT.contains(k) || likelyTo(j)) {
        return true;
      }
      boolean time = // "agreed on February 22 to cooperate"
          ClauseWords.TIME_WORDS.contains(k)
              || ClauseWords.CALENDAR_WORDS.contains(k)
              || Character.isDigit(k.charAt(0))
              || k.equals("ON");
      if (!verbGroupWord(k) && !k.equals("TO") && !time) {
        return false;
      }
    }
    return false;
  }

  /** "likely to" at {@code j}, which states an intent; the adverb ("will likely") a forecast. */
  private boolean likelyTo(int j) {
    return key(j).equals("LIKELY") && key(j + 1).equals("TO");
  }

  /**
   * True when the verb's clause is what a denial denies: "denied that its troops attacked", "denied
   * reports that…", "rejected claims that…". The denial is an event of its own (016, 12x); the
   * clause it denies is not asserted.
   */
  boolean denied(Verb v, List<Span> subjects) {
    int start = clauseStart(v);
    if (start >= 0 && deniedBefore(start + 1)) {
      return true;
    }
    if (claimClause(start) && deniedAfter(v.end())) {
      return true; // "reports that X attacked Y were denied by Z"
    }
    for (Span s : subjects) {
      if (s.from() > start && s.to() <= v.at() && deniedBefore(s.from())) {
        return true; // "denied its troops attacked": no "that"
      }
    }
    return false;
  }

  /** True when the clause opened at word {@code start} is a claim's: "reports that …". */
  private boolean claimClause(int start) {
    return start > 0
        && key(start).equals("THAT")
        && ClauseWords.CLAIM_NOUNS.contains(key(start - 1));
  }

  /**
   * True when a passive denial closes the claim clause the verb stands in: "reports that X attacked
   * Y were denied", "claims that … have been dismissed as baseless".
   */
  private boolean deniedAfter(int from) {
    for (int j = from; j < Math.min(words.size(), from + 15); j++) {
      String k = key(j);
      if (k.equals(";") || k.equals("THAT") || k.equals(".")) {
        return false;
      }
      if (PatternEventCoder.be(k) && spanAt[j] < 0) {
        int n = j + 1;
        while (n < words.size() && (key(n).equals("BEEN") || PatternEventCoder.soft(key(n)))) {
          n++;
        }
        String d = key(n);
        return ClauseWords.DENIALS.contains(d) || ClauseWords.REJECTIONS.contains(d);
      }
    }
    return false;
  }

  /**
   * True when the verb is the predicate of a claim noun whose clause stands between them ("reports
   * that X attacked Y were denied"): its subject is the claim, no actor of that clause.
   */
  boolean predicateOfClaim(Verb v) {
    int start = clauseStart(v);
    if (!claimClause(start)) {
      return false;
    }
    for (int j = start + 1; j < v.at(); j++) {
      if (verbAt[j]) {
        return true;
      }
    }
    return false;
  }

  /** True when the words before {@code at} are "deny (that)" or "reject (the) claims (that)". */
  private boolean deniedBefore(int at) {
    int j = at - 1;
    if (key(j).equals("THAT")) {
      j--;
    }
    if (!ClauseWords.CLAIM_NOUNS.contains(key(j))) {
      return ClauseWords.DENIALS.contains(key(j)) && !negatedBefore(j);
    }
    j--;
    for (int n = 0; n < 3 && j >= 0; n++) {
      if (spanAt[j] >= 0) {
        j = spans.get(spanAt[j]).from() - 1; // "denied Ukrainian reports", "denied media reports"
      } else if (PatternEventCoder.determiner(key(j)) || adjectiveLike(j)) {
        j--; // "denied the reports", "rejected baseless claims"
      } else {
        break;
      }
    }
    return (ClauseWords.DENIALS.contains(key(j)) || ClauseWords.REJECTIONS.contains(key(j)))
        && !negatedBefore(j);
  }

  /** "did not deny that", "never rejected claims that": the denial is itself denied. */
  private boolean negatedBefore(int j) {
    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
      if (ClauseWords.NEGATIONS.contains(key(k))) {
        return true;
      }
      if (!verbGroupWord(key(k))) {
        return false;
      }
    }
    return false;
  }

  private static boolean verbGroupWord(String k) {
    return PatternEventCoder.soft(k) && !k.equals(",") && !k.equals("AND")
        || ClauseWords.TIME_WORDS.contains(k) // "will this week visit"
        || ClauseWords.CALENDAR_WORDS.contains(k)
        || ClauseWords.NEGATIONS.contains(k)
        || ClauseWords.PLANNED.contains(k)
        || ClauseWords.POSSIBLE.contains(k)
        || PatternEventCoder.catenative(k)
        || PatternEventCoder.be(k)
        || k.equals("EVEN");
  }

  /** The most specific pattern of the verb's senses that matches, else the verb's own code. */
  Match bestMatch(Verb v) {
    return new PatternMatcher(this).bestMatch(v);
  }

  /** True when word {@code i} was read as a verb. */
  boolean isVerbAt(int i) {
    return i >= 0 && i < verbAt.length && verbAt[i];
  }

  /**
   * True when a news medium or a broadcast word ("radio", "television") stands within three words
   * of the verb: "Tehran radio, monitored by the British Broadcasting Corporation".
   */
  boolean mediaNear(Verb v) {
    for (int j = Math.max(0, v.at() - 3); j < Math.min(words.size(), v.end() + 4); j++) {
      if (spanAt[j] >= 0 && spans.get(spanAt[j]).mention().code().endsWith("MED")) {
        return true;
      }
      if (BROADCASTS.contains(key(j))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BROADCASTS =
      Set.of("RADIO", "TELEVISION", "BROADCAST", "BROADCASTS", "NEWSPAPER", "AGENCY");

  /**
   * True when a noun phrase with an article follows the actor, as the name given to it ("called
   * China a pivotal player", "calls the plan the best hope"), not a time ("called Putin a week
   * ago").
   */
  boolean namedAs(Span s) {
    String article = key(s.to());
    if (!article.equals("A") && !article.equals("AN") && !article.equals("THE")) {
      return false;
    }
    for (int j = s.to() + 1; j < Math.min(words.size(), s.to() + 3); j++) {
      if (TIME_UNITS.contains(key(j)) || ClauseWords.TIME_WORDS.contains(key(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Besides {@link ClauseWords#TIME_WORDS}, the units and quantities of a time: "a week ago", "in
   * recent weeks", "the same day".
   */
  private static final Set<String> TIME_UNITS =
      Set.of(
          "DAY",
          "DAYS",
          "WEEKS",
          "MONTHS",
          "YEARS",
          "NIGHT",
          "MORNING",
          "EVENING",
          "AFTERNOON",
          "HOUR",
          "HOURS",
          "TIME",
          "FEW",
          "COUPLE",
          "SAME",
          "OTHER");

  /** True when the lexicon knows the word as a form of a verb, wherever it stands. */
  boolean verbForm(String key) {
    return lexicon.isVerbForm(key);
  }

  /** The span index at word {@code i}, or -1 when the word is no actor's. */
  int spanIndexAt(int i) {
    return spanAt[i];
  }

  static String singular(String k) {
    if (k.length() > 4 && k.endsWith("IES")) {
      return k.substring(0, k.length() - 3) + "Y";
    }
    if (k.length() > 4
        && (k.endsWith("SES") || k.endsWith("XES") || k.endsWith("CHES") || k.endsWith("SHES"))) {
      return k.substring(0, k.length() - 2);
    }
    if (k.length() > 3 && k.endsWith("S") && !k.endsWith("SS")) {
      return k.substring(0, k.length() - 1);
    }
    return k;
  }
}
