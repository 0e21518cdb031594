package org.annals.event;

import static org.annals.event.ClauseWords.BE;
import static org.annals.event.ClauseWords.CATENATIVES;
import static org.annals.event.ClauseWords.CLAUSE_BREAKS;
import static org.annals.event.ClauseWords.DETERMINERS;
import static org.annals.event.ClauseWords.MODAL_CATENATIVES;
import static org.annals.event.ClauseWords.PREPOSITIONS;
import static org.annals.event.ClauseWords.REPORTING;
import static org.annals.event.ClauseWords.SOFT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.actor.ActorMention;
import org.annals.actor.Word;
import org.annals.actor.WordTokenizer;
import org.annals.text.Sentence;

/**
 * Codes events with the CAMEO verb dictionary and a shallow reading of the clause, at a pattern
 * coder's speed: one hash look-up per word for verbs, then a walk over the words around each verb.
 *
 * <p>For each verb: its clause (bounded by conjunctions, relative pronouns, quotes and reporting
 * verbs), its subject (the first actor of the clause that is not the object of a preposition, with
 * actors joined by "and"), its voice (a participle after a form of "be" is passive: the subject is
 * the target, the "by" or "in" actor the source), its object (the first actors after it, or the one
 * a pattern marks), the most specific matching pattern of its dictionary block, and the modality
 * and negation words before it. An infinitive after "due to", "plans to" is coded with the subject
 * of the verb that governs it; after "failed to", "unable to", "refused to" it is negated. A clause
 * that a denial reports ("denied that…", "rejected claims that…") is negated too, while the denial
 * keeps its own code. Acts named by a noun ("Turkey's warning to Greece", "talks between X and Y",
 * "sanctions against Iran") are coded by {@link NominalEvents} and the scans below when both
 * parties are marked.
 *
 * <p>Every emitted code is in the {@link EventCodebook}. Thread-safe: no mutable state.
 */
public final class PatternEventCoder implements EventCoder {

  private static final int MAX_WORDS = 200;

  private final VerbLexicon lexicon;
  private final EventCodebook codebook;
  private final NominalEvents nominal;

  PatternEventCoder(VerbLexicon lexicon, EventCodebook codebook) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.nominal = NominalEvents.load(codebook);
  }

  /** The coder with annals' shipped dictionaries; built once per JVM. */
  public static PatternEventCoder standardCoder() {
    return Holder.STANDARD;
  }

  /**
   * A coder with other verb dictionaries (PETRARCH format) in place of the shipped ones, e.g. the
   * validation dictionary an evaluation set was coded with.
   */
  public static PatternEventCoder withVerbDictionaries(List<java.io.Reader> dictionaries) {
    return new PatternEventCoder(VerbLexicon.of(dictionaries), EventCodebook.standard());
  }

  @Override
  public List<CodedEvent> code(Sentence sentence, List<ActorMention> actors) {
    if (sentence == null || sentence.text() == null || actors == null || actors.isEmpty()) {
      return List.of();
    }
    return codeWords(sentence, actors);
  }

  private List<CodedEvent> codeWords(Sentence sentence, List<ActorMention> actors) {
    List<Word> words =
        withoutScareQuotes(withoutNameBrackets(WordTokenizer.words(sentence.text())));
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return List.of();
    }
    List<CodedEvent> out = new ArrayList<>();
    Set<String> seen = new HashSet<>(); // one event a sentence for each dyad and code
    int from = 0;
    for (int start : runOnStarts(words)) {
      codeClause(new Clause(sentence, words.subList(from, start), actors, lexicon), out, seen);
      from = start;
    }
    codeClause(new Clause(sentence, words.subList(from, words.size()), actors, lexicon), out, seen);
    out.sort((a, b) -> Integer.compare(a.triggerBegin(), b.triggerBegin()));
    return out;
  }

  /**
   * Where a headline or a caption runs into the story with no stop between them ("North Korea
   * launches rocket The United States, South Korea ... were swift to condemn the action", "Panel
   * urges major reforms The Deepwater Horizon disaster caused ..."): the indices of the words that
   * open a new sentence, a capitalised article after a lower-case word. Not after a function word,
   * a verb of saying or naming, or a label ("told The Guardian", "by The Times", "called The Book
   * of Mirrors", "class A shares"), nor in a name ("visited The Hague").
   */
  static List<Integer> runOnStarts(List<Word> words) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i + 1 < words.size(); i++) {
      String t = words.get(i).text();
      String prev = words.get(i - 1).text();
      String pk = words.get(i - 1).key();
      if ((t.equals("The") || t.equals("A") || t.equals("An"))
          && prev.length() > 1
          && prev.chars().allMatch(Character::isLowerCase)
          && !ClauseWords.PREPOSITIONS.contains(pk)
          && !ClauseWords.DETERMINERS.contains(pk)
          && !ClauseWords.SPEECH.contains(pk)
          && !ClauseWords.BE.contains(pk)
          && !NO_RUN_ON_AFTER.contains(pk)
          && !NAMES_WITH_THE.contains(words.get(i + 1).key())) {
        starts.add(i);
      }
    }
    return starts;
  }

  /**
   * Besides prepositions, determiners and the verbs of saying and being: words a capitalised
   * article follows within a sentence, conjunctions, verbs of naming, quoting and visiting, and
   * labels.
   */
  private static final Set<String> NO_RUN_ON_AFTER =
      Set.of(
          "AND",
          "OR",
          "BUT",
          "NOR",
          "THAT",
          "WHICH",
          "WHO",
          "AS",
          "THAN",
          "CALLED",
          "NAMED",
          "TITLED",
          "ENTITLED",
          "DUBBED",
          "QUOTED",
          "CITED",
          "READ",
          "READS",
          "WROTE",
          "WRITES",
          "TELLS",
          "VISITED",
          "JOINED",
          "CLASS",
          "SERIES",
          "TYPE",
          "GRADE",
          "GROUP",
          "MANAGER",
          "INFLUENZA",
          "VITAMIN",
          "HEPATITIS",
          "CATEGORY",
          "PLAN",
          "PLUS",
          "MINUS");

  /** States and places whose names begin with "The". */
  private static final Set<String> NAMES_WITH_THE =
      Set.of("HAGUE", "NETHERLANDS", "GAMBIA", "BAHAMAS");

  private void codeClause(Clause c, List<CodedEvent> all, Set<String> seen) {
    if (c.spans.isEmpty()) {
      return;
    }
    List<CodedEvent> out = new ArrayList<>();
    List<Clause.Span> lastSubjects = List.of();
    int lastVerbEnd = -1;
    Clause.Verb promise = null;
    List<Clause.Span> promiseSubjects = List.of();
    List<Purpose> purposes = new ArrayList<>();
    List<ActorMention> met = List.of(); // the parties met by the last verb of meeting
    for (Clause.Verb v : c.verbs) {
      if (!met.isEmpty() && AGREEING.contains(c.key(v.at())) && c.key(v.at() - 1).equals("AND")) {
        agreedWithMet(c, v, lastSubjects, met, out, seen);
      }
      met = List.of();
      List<Clause.Span> subjects = c.subjects(v);
      if (subjects.isEmpty() && lastVerbEnd >= 0 && c.onlySoftBetween(lastVerbEnd, v.at())) {
        subjects = lastSubjects;
      }
      if (!subjects.isEmpty()) {
        lastSubjects = subjects;
      }
      lastVerbEnd = v.end();
      if (v.skip()) {
        if (ClauseWords.COMMITMENTS.contains(c.key(v.at())) && c.key(v.end()).equals("TO")) {
          promise = v; // "agreed to develop plans": the intent, if the plan has no code
          promiseSubjects = subjects;
        }
        Purpose aim = purposeOf(c, v, subjects);
        if (aim != null) {
          purposes.add(aim);
        }
        continue;
      }
      int before = out.size();
      code(c, v, subjects, out, seen, null);
      met = partnersMet(c, v, out, before);
      if (promise != null && v.at() == promise.end() + 1 && out.size() == before) {
        code(c, promise, promiseSubjects, out, seen, "030");
      }
      promise = null;
    }
    meetingsBetween(c, out, seen);
    disputesBetween(c, out, seen);
    reliefPurpose(c, out, seen);
    talksOpening(c, out, seen);
    sanctionsAnnounced(c, out, seen);
    saidToBeBehind(c, out, seen);
    chargedThat(c, out, seen);
    judged(c, out, seen);
    saidShould(c, out, seen);
    hopedOf(c, out, seen);
    addedToPurchases(c, out, seen);
    visitingGuest(c, out, seen);
    contractsToSupply(c, out, seen);
    presentIn(c, out, seen);
    atWar(c, out, seen);
    tradeBalanceAimedAt(c, out, seen);
    ultimatums(c, out, seen);
    refusalsToAccept(c, out, seen);
    for (NominalEvents.Found f : nominal.find(c)) {
      if (violence(f.code()) && allUnarmed(List.of(f.source()))) {
        continue; // "harsh attacks from U.S. lawmakers": words, not force
      }
      if (!codedAlready(out, f.source(), f.target(), f.supported() ? null : f.code())) {
        addAt(
            c,
            f.at(),
            f.source().mention(),
            f.target().mention(),
            f.code(),
            f.modality(),
            out,
            seen);
      }
    }
    for (Purpose aim : purposes) {
      for (Clause.Span s : aim.subjects()) {
        if (!codedAlready(out, s, aim.target(), null)) {
          // "a loan to help Brazil finance": the loan is the act toward Brazil, its aim no other
          addAt(
              c,
              aim.at(),
              s.mention(),
              aim.target().mention(),
              aim.code(),
              Modality.PLANNED,
              out,
              seen);
        }
      }
    }
    salesListed(c, out, seen);
    joinedOrganisations(c, out, seen);
    aidAsSubject(c, out);
    aidArrived(c, out, seen);
    personsReturned(c, out, seen);
    speechesInPlaces(c, out, seen);
    victimsAreNoTargets(c, out);
    visitsToMeetings(c, out, seen);
    attendeesMeet(c, out, seen);
    out.removeIf(
        e ->
            visit(e.code())
                && e.target() != null
                && e.source().country().equals(e.target().country()));
    meetingsInPlaces(c, out, seen);
    hostsAwaitGuests(out);
    out.removeIf(e -> VAGUE_CATCH_ALLS.contains(e.code()));
    all.addAll(out);
  }

  /**
   * CAMEO's catch-all codes of three families: "make statement, not specified below" (010), "engage
   * in material cooperation, not specified below" (060) and "yield, not specified below" (080). A
   * shallow reading gives them to verbs that name no such act ("issued a licence to", "stepping up
   * exports to", "trade tensions between", "passed a bill", "allowed soldiers to stay"); on the
   * hand-coded news batches about nine in ten such codings were false (1 of 10, 2 of 19 and 1 of 8
   * right), so an event coded no more specifically than these is left out. The other catch-alls
   * (020, 030, 040, 190, ...) were right three times in four or more and stay.
   */
  private static final Set<String> VAGUE_CATCH_ALLS = Set.of("010", "060", "080");

  /**
   * The words without the angle brackets newswire puts around company names ("said it and
   * &lt;Lancer Boss Group Ltd&gt; of the U.K. have agreed"): they mark a name, not a break in the
   * clause.
   */
  static List<Word> withoutNameBrackets(List<Word> words) {
    for (Word w : words) {
      if (w.key().equals("<") || w.key().equals(">")) {
        List<Word> out = new ArrayList<>(words);
        out.removeIf(x -> x.key().equals("<") || x.key().equals(">"));
        return out;
      }
    }
    return words;
  }

  /**
   * The words without the quote marks around a phrase of one to four words inside the sentence
   * ("they had \"agreed in principle\" on a concept"): scare quotes open no quotation, so the
   * phrase is read with its clause. Quotation marks of speech, which enclose a clause and a comma,
   * are kept.
   */
  static List<Word> withoutScareQuotes(List<Word> words) {
    List<Word> out = null;
    for (int i = 1; i + 2 < words.size(); i++) {
      if (!ClauseWords.QUOTES.contains(words.get(i).key())) {
        continue;
      }
      int close = -1;
      for (int j = i + 2; j < Math.min(words.size() - 1, i + 6); j++) {
        String k = words.get(j).key();
        if (ClauseWords.QUOTES.contains(k)) {
          close = j;
          break;
        }
        if (k.equals(",") || k.equals(".") || k.equals(";") || k.equals(":")) {
          break;
        }
      }
      if (close < 0 || !Character.isLetter(words.get(close + 1).text().charAt(0))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(words);
      }
      out.set(i, null);
      out.set(close, null);
      i = close;
    }
    if (out == null) {
      return words;
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /**
   * "Japan would participate in an ICCO meeting on July 13 in London": a party to a meeting still
   * to be held in another state's place intends to meet there (036); "Japan attended a meeting in
   * London last week": one that took part in it visited (042). Meetings whose partners the noun
   * names are coded by {@link #meetingsBetween}.
   */
  private void meetingsInPlaces(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i < c.words.size(); i++) {
      if (!ClauseWords.MEETING_NOUNS.containsKey(c.key(i)) && !GATHERINGS.contains(c.key(i))) {
        continue;
      }
      Clause.Span place = null;
      for (int j = i + 1; j < Math.min(c.words.size() - 1, i + 8) && place == null; j++) {
        Clause.Span s = c.spanStartingAt(j);
        if (s != null && c.key(j - 1).equals("IN") && c.placeAfterIn(s)) {
          place = s; // "a meeting of coffee producers in London"
        } else if (s != null) {
          j = s.to() - 1; // past the producers, to "in London"
        } else if (clauseBreak(c.key(j)) || c.isVerbAt(j)) {
          break;
        }
      }
      Clause.Verb governing = null;
      for (Clause.Verb v : c.verbs) {
        if (v.end() <= i && !c.clauseBreakAmong(v.end(), i)) {
          governing = v;
        }
      }
      if (place == null || partnerWith(c, i) != null || betweenAfter(c, i) >= 0) {
        continue; // "talks with the Soviet Union in Geneva tomorrow": the partner is the party
      }
      boolean ahead =
          meetingAhead(c, i, place.to())
              || c.timeToCome(i, place.to() + 4)
              || (governing != null
                  && c.modality(governing, c.clauseStart(governing) + 1) == Modality.PLANNED);
      boolean attended = !ahead && governing != null && ATTENDING.contains(c.key(governing.at()));
      if (!ahead && !attended) {
        continue; // a meeting held, its parties unnamed: "the decision was made after a meeting"
      }
      List<Clause.Span> parties = governing == null ? c.subjectBefore(i) : c.subjects(governing);
      for (Clause.Span party : parties) {
        if (!stateless(party.mention())
            && !party.mention().country().equals("IGO")
            && !party.mention().country().equals(place.mention().country())
            && !codedAlready(out, party, place, null)) {
          // "Japan attended a meeting in London last week": a visit made
          String code = ahead ? "036" : "042";
          Modality m = ahead ? Modality.PLANNED : Modality.ASSERTED;
          addAt(c, i, party.mention(), place.mention(), code, m, out, seen);
        }
      }
    }
  }

  /** Verbs by which a party takes part in a meeting. */
  private static final Set<String> ATTENDING =
      Set.of("ATTENDED", "ATTENDING", "ATTENDS", "PARTICIPATED", "JOINED");

  /** Nouns of gatherings a state attends, besides talks and meetings. */
  private static final Set<String> GATHERINGS = Set.of("CONFERENCE", "CONFERENCES", "SESSION");

  /** Codes of meetings and agreements whose place, when a state's, its parties came to. */
  private static final Set<String> HELD_IN_PLACE = Set.of("040", "043", "046", "057");

  /**
   * "Baker met Stoltenberg in Frankfurt", "Poland's talks in Washington with the World Bank", "an
   * agreement signed with Pakistan in Jeddah", "In Paris, Britain, Canada ... agreed to cooperate":
   * a meeting held, or an agreement made, in a state's place is a visit to that state (042) by each
   * party of another state. Organisations visit no one by meeting where they sit.
   */
  private void visitsToMeetings(Clause c, List<CodedEvent> out, Set<String> seen) {
    int coded = out.size();
    for (int e = 0; e < coded; e++) {
      CodedEvent held = out.get(e);
      // "Antonov held talks in Bonn": talks with no party named are the guest's all the same
      boolean alone = held.target() == null && HELD_IN_PLACE.contains(held.code());
      if ((held.target() == null && !alone)
          || stateless(held.source())
          || (!alone && stateless(held.target()))
          || held.modality() != Modality.ASSERTED
          || held.negated()
          || !(HELD_IN_PLACE.contains(held.code()) || jointAgreement(out, held))) {
        continue;
      }
      int at = c.wordAtChar(held.triggerBegin());
      Clause.Span place = at < 0 ? null : placeHeld(c, held, at);
      if (place == null) {
        continue;
      }
      List<ActorMention> parties =
          alone ? List.of(held.source()) : List.of(held.source(), held.target());
      for (ActorMention guest : parties) {
        if (!stateless(guest)
            && !guest.country().equals("IGO")
            && !place.mention().country().equals(guest.country())
            && !visited(out, guest, place.mention())) {
          addAt(c, at, guest, place.mention(), "042", Modality.ASSERTED, out, seen);
        }
      }
    }
  }

  /**
   * "EU aid to Haiti is channelled through the UN": material cooperation (06) whose subject is a
   * state's aid is the aid given (070).
   */
  private static void aidAsSubject(Clause c, List<CodedEvent> out) {
    for (int e = 0; e < out.size(); e++) {
      CodedEvent d = out.get(e);
      if (!d.code().startsWith("06") || d.target() == null) {
        continue;
      }
      int s = c.wordAtChar(d.source().begin());
      int span = s < 0 ? -1 : c.spanIndexAt(s);
      if (span >= 0 && c.key(c.spans.get(span).to()).equals("AID")) {
        out.set(e, changed(d, d.target(), "070", d.modality()));
      }
    }
  }

  /** Verbs of coming to a place: "aid planes have landed at the airport". */
  private static final Set<String> ARRIVING = Inflection.forms(List.of("LAND", "ARRIVE", "REACH"));

  /** Words that make a state's craft or team an aid mission: "US aid planes", "rescue team". */
  private static final Set<String> AID_MARKS = Set.of("AID", "RESCUE", "RELIEF", "HUMANITARIAN");

  /**
   * "A few US aid planes and a 50-strong Chinese rescue team have landed at the airport serving the
   * capital, Port-au-Prince": aid craft and rescue teams of a state arriving in another state bring
   * it humanitarian aid (073), and do nothing with each other.
   */
  private void aidArrived(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i < c.words.size(); i++) {
      if (!ARRIVING.contains(c.key(i)) || c.spanIndexAt(i) >= 0) {
        continue;
      }
      Clause.Verb v = verbAtWord(c, i);
      int start = i - 1;
      while (start > 0 && !(clauseBreak(c.key(start)) && c.spanIndexAt(start) < 0)) {
        start--;
      }
      List<Clause.Span> senders = new ArrayList<>();
      for (Clause.Span s : c.spans) {
        if (s.from() <= start || s.to() > i || stateless(s.mention())) {
          continue;
        }
        boolean marked = false; // "US aid planes", "a 50-strong Chinese rescue team"
        for (int j = s.from(); j <= Math.min(s.to(), c.words.size() - 1); j++) {
          marked |= AID_MARKS.contains(c.key(j));
        }
        boolean object = s.from() > 0 && preposition(c.key(s.from() - 1));
        if (marked
            && !object
            && senders.stream().noneMatch(x -> sameState(x.mention(), s.mention()))) {
          senders.add(s);
        }
      }
      if (senders.isEmpty()) {
        continue;
      }
      Clause.Span place = null;
      for (int j = i + 1; j < Math.min(c.words.size(), i + 13) && place == null; j++) {
        Clause.Span s = c.spanStartingAt(j);
        if (s != null && s.mention().code().length() == 3) {
          place = s;
        } else if (clauseBreak(c.key(j)) && !c.key(j).equals(",")) {
          break; // "at the airport serving the capital, Port-au-Prince": the place reached
        }
      }
      if (place == null) {
        continue;
      }
      int begin = c.offset(c.words.get(i).begin());
      out.removeIf(
          e ->
              e.triggerBegin() == begin
                  && e.target() != null
                  && senders.stream().anyMatch(x -> x.mention().code().equals(e.target().code())));
      Modality m = v != null ? c.modality(v, c.clauseStart(v) + 1) : Modality.ASSERTED;
      if (m == Modality.NEGATED || m == Modality.POSSIBLE || unsaidBefore(c, i)) {
        continue;
      }
      for (Clause.Span sender : senders) {
        if (!sender.mention().country().equals(place.mention().country())) {
          addAt(c, i, sender.mention(), place.mention(), "073", m, out, seen);
        }
      }
    }
  }

  /** The verb at word {@code i}, or null. */
  private static Clause.Verb verbAtWord(Clause c, int i) {
    for (Clause.Verb v : c.verbs) {
      if (v.at() == i) {
        return v;
      }
    }
    return null;
  }

  /** Nouns of a speech given before an audience: "gave a major policy speech in Egypt". */
  private static final Set<String> SPEECHES = Set.of("SPEECH", "ADDRESS", "LECTURE");

  /**
   * "Rice gave a major policy speech in Egypt in 2005", "Obama will deliver a speech to the Muslim
   * world in Egypt next month": a speech its speaker gives in another state's place is a visit
   * there (042), one still to come an intent to visit (036).
   */
  private void speechesInPlaces(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i < c.words.size(); i++) {
      if (!SPEECHES.contains(c.key(i))) {
        continue;
      }
      Clause.Span place = null;
      for (int j = i + 1; j < Math.min(c.words.size() - 1, i + 8) && place == null; j++) {
        Clause.Span s = c.spanStartingAt(j);
        if (s != null && c.key(j - 1).equals("IN") && c.placeAfterIn(s)) {
          place = s;
        } else if (s != null && c.cityBefore(s) == j - 2 && c.key(j - 3).equals("IN")) {
          place = s; // "in Davos, Switzerland"
        } else if (s != null) {
          j = s.to() - 1;
        } else if (clauseBreak(c.key(j)) || c.isVerbAt(j)) {
          break;
        }
      }
      Clause.Verb governing = null;
      for (Clause.Verb v : c.verbs) {
        if (v.end() <= i && i - v.end() <= 4 && !c.clauseBreakAmong(v.end(), i)) {
          governing = v;
        }
      }
      if (place == null) {
        continue;
      }
      List<Clause.Span> speakers;
      Modality m;
      if (governing != null) {
        speakers = c.subjects(governing);
        m = c.modality(governing, c.clauseStart(governing) + 1);
      } else if (openingPhrase(c, i)) {
        speakers = speakersAfter(c, place.to()); // "In a speech in Davos, Switzerland, May said"
        m = Modality.ASSERTED;
      } else {
        continue;
      }
      if (m == Modality.NEGATED || m == Modality.POSSIBLE) {
        continue;
      }
      boolean ahead = m == Modality.PLANNED || c.timeToCome(i, place.to() + 4);
      for (Clause.Span speaker : speakers) {
        if (!stateless(speaker.mention())
            && !speaker.mention().country().equals("IGO")
            && !speaker.mention().country().equals(place.mention().country())
            && !codedAlready(out, speaker, place, "04")
            && !codedAlready(out, speaker, place, "03")) {
          addAt(
              c,
              i,
              speaker.mention(),
              place.mention(),
              ahead ? "036" : "042",
              ahead ? Modality.PLANNED : Modality.ASSERTED,
              out,
              seen);
        }
      }
    }
  }

  /**
   * "The Managua meeting was attended by representatives from Brazil, Mexico and Panama": parties
   * who attend one meeting in the state they visit meet each other there too (040), as the
   * attendees of a meeting whose place is named after it do; the host's own attendees among them
   * (whose "visit" to their own state is then dropped).
   */
  private void attendeesMeet(Clause c, List<CodedEvent> out, Set<String> seen) {
    List<CodedEvent> visits = new ArrayList<>();
    for (CodedEvent e : out) {
      if ("042".equals(e.code())
          && !e.negated()
          && ATTENDING.contains(c.key(c.wordAtChar(e.triggerBegin())))) {
        visits.add(e);
      }
    }
    for (CodedEvent a : visits) {
      for (CodedEvent b : visits) {
        if (a.triggerBegin() == b.triggerBegin()
            && !a.source().country().equals(b.source().country())) {
          addAt(
              c,
              c.wordAtChar(a.triggerBegin()),
              a.source(),
              b.source(),
              "040",
              a.modality(),
              out,
              seen);
        }
      }
    }
  }

  /** True for a speech noun in a sentence's opening phrase: "In a speech", "During his address". */
  private static boolean openingPhrase(Clause c, int i) {
    int j = i - 1;
    while (j > 0 && determiner(c.key(j))) {
      j--;
    }
    return j == 0 && (c.key(0).equals("IN") || c.key(0).equals("DURING"));
  }

  /** The subject of the first verb of saying after word {@code from}, or an empty list. */
  private static List<Clause.Span> speakersAfter(Clause c, int from) {
    for (int j = from; j < c.words.size(); j++) {
      if (ClauseWords.SPEECH.contains(c.key(j))) {
        int at = c.spanIndexAt(j - 1); // "in Davos, Switzerland, the British prime minister said"
        return at >= 0 ? List.of(c.spans.get(at)) : c.subjectBefore(j);
      }
    }
    return List.of();
  }

  /** Verbs of sending a person back: "return Gonzalez to Cuba", "repatriate the refugees". */
  private static final Set<String> RETURNING =
      Inflection.forms(List.of("RETURN", "REPATRIATE", "SEND"), "SENT");

  /** Words of persons a state sends back. */
  private static final Set<String> PERSONS =
      Set.of(
          "HIM",
          "HER",
          "THEM",
          "BOY",
          "GIRL",
          "CHILD",
          "CHILDREN",
          "REFUGEES",
          "PRISONERS",
          "MIGRANTS",
          "DETAINEES",
          "HOSTAGES",
          "NATIONALS",
          "CITIZENS",
          "SUSPECTS",
          "ASYLUM-SEEKERS");

  /**
   * "the U.S. government's decision to return Gonzalez to Cuba", "Britain will send the refugees
   * back to Vietnam": a state sending persons back to another state returns them there (0841,
   * planned when still to come). The persons are a pronoun, a noun of persons or a name that is no
   * actor; "returned to Cuba" alone is a journey, no event.
   */
  private void personsReturned(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (Clause.Verb v : c.verbs) {
      if (!RETURNING.contains(c.key(v.at())) || v.passive()) {
        continue;
      }
      int j = v.at() + 1;
      boolean persons = false;
      while (j < c.words.size() && j <= v.at() + 4 && c.spanIndexAt(j) < 0) {
        String k = c.key(j);
        if (k.equals("TO") || k.equals("BACK") || k.equals("HOME") || clauseBreak(k)) {
          break;
        }
        persons |= PERSONS.contains(k) || c.words.get(j).capitalized();
        j++;
      }
      while (j < c.words.size() && (c.key(j).equals("BACK") || c.key(j).equals("HOME"))) {
        j++;
      }
      if (!persons || j + 1 >= c.words.size() || !c.key(j).equals("TO")) {
        continue;
      }
      Clause.Span home = c.spanStartingAt(j + 1);
      if (home == null || home.mention().code().length() != 3) {
        continue;
      }
      Modality m = c.modality(v, c.clauseStart(v) + 1);
      if (m == Modality.NEGATED || m == Modality.POSSIBLE) {
        continue;
      }
      for (Clause.Span sender : c.subjects(v)) {
        if (!stateless(sender.mention()) && !codedAlready(out, sender, home, "08")) {
          addAt(c, v.at(), sender.mention(), home.mention(), "0841", m, out, seen);
        }
      }
    }
  }

  /** Nouns of a violent act whose victim follows a preposition: "the bombing of U.S. embassies". */
  private static final Set<String> VIOLENT_ACTS =
      Set.of(
          "ATTACK",
          "ATTACKS",
          "BOMBING",
          "BOMBINGS",
          "EXPLOSION",
          "EXPLOSIONS",
          "BLAST",
          "BLASTS",
          "KILLING",
          "KILLINGS",
          "MASSACRE",
          "MURDER",
          "ASSASSINATION",
          "SHOOTING",
          "HIJACKING",
          "KIDNAPPING");

  /** Prepositions before a violent act's victim or place: "explosions near U.S. embassies". */
  private static final Set<String> VICTIM_PREPOSITIONS =
      Set.of("OF", "ON", "NEAR", "AT", "AGAINST", "IN", "OUTSIDE");

  /**
   * "Iran condemned the bombing of U.S. embassies in Kenya and Tanzania": a condemnation or
   * criticism of a violent act is aimed at the one who did it when the sentence names them
   * ("condemned Israel for its attack on Lebanon", "the attack by Iraq on Kuwait"), never at its
   * victims or the place it struck; else the disapproval has no target.
   */
  private static void victimsAreNoTargets(Clause c, List<CodedEvent> out) {
    for (int e = 0; e < out.size(); e++) {
      CodedEvent d = out.get(e);
      if (d.target() == null || !d.code().startsWith("11")) {
        continue;
      }
      int t = c.wordAtChar(d.target().begin());
      int trigger = c.wordAtChar(d.triggerBegin());
      if (t < 0 || trigger < 0 || t < trigger) {
        continue;
      }
      for (int j = t - 1; j > trigger && j >= t - 8; j--) {
        if (c.isVerbAt(j) || (clauseBreak(c.key(j)) && !c.key(j).equals("AND"))) {
          break;
        }
        if (VIOLENT_ACTS.contains(c.key(j))
            && (VICTIM_PREPOSITIONS.contains(c.key(j + 1)) || c.key(j + 1).equals("BY"))) {
          out.set(e, changed(d, doerOf(c, trigger, j), d.code(), d.modality()));
          break;
        }
      }
    }
  }

  /**
   * Who did the violent act named at {@code act}, condemned by the verb at {@code trigger}: the
   * actor the verb names before it ("condemned Israel for its attack on Lebanon") or the actor
   * after "by" ("the attack by Iraq on Kuwait"); else null.
   */
  private static ActorMention doerOf(Clause c, int trigger, int act) {
    for (int j = act + 1; j < Math.min(c.words.size() - 1, act + 4); j++) {
      if (c.key(j).equals("BY") && c.spanIndexAt(j + 1) >= 0) {
        return c.spans.get(c.spanIndexAt(j + 1)).mention();
      }
    }
    for (int j = trigger + 1; j < act; j++) {
      int s = c.spanIndexAt(j);
      if (s >= 0 && !stateless(c.spans.get(s).mention())) {
        return c.spans.get(s).mention();
      }
    }
    return null;
  }

  /** Verbs by which a state enters an organisation: "joined NATO", "acceded to the EC". */
  private static final Set<String> JOINING = Inflection.forms(List.of("JOIN", "ACCEDE"));

  /** Words of asking to enter: "its application to join", "applied to join". */
  private static final Set<String> APPLYING =
      Set.of("APPLICATION", "APPLICATIONS", "APPLY", "APPLIES", "APPLIED", "APPLYING", "BID");

  /** Verbs before "members of": "became full members of NATO". */
  private static final Set<String> BECOMING = Inflection.forms(List.of("BECOME"), "BECAME");

  /**
   * "Poland, Hungary and the Czech Republic formally joined NATO", "acceded to NATO", "became
   * full-fledged members of NATO": a state entering an international organisation accedes to its
   * treaty (057, as CAMEO's JOIN * &amp;TREATY), in place of the verb's other senses (to join a
   * meeting, to accede to a demand). An entry still to come ("wants to join the EC") is planned.
   */
  private void joinedOrganisations(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 1 < c.words.size(); i++) {
      String k = c.key(i);
      int at = i + 1;
      if (JOINING.contains(k)) {
        if (c.key(i - 1).equals("TO") && i > 1 && APPLYING.contains(c.key(i - 2))) {
          continue; // "its application to join the EC": a request, its entry still to decide
        }
        at += k.startsWith("ACCED") && c.key(at).equals("TO") ? 1 : 0;
      } else if (BECOMING.contains(k)) {
        while (at < c.words.size() && at < i + 4 && !c.key(at).startsWith("MEMBER")) {
          at++; // "became full-fledged members of"
        }
        if (at + 1 >= c.words.size() || !c.key(at + 1).equals("OF")) {
          continue;
        }
        at += 2;
      } else {
        continue;
      }
      while (at < c.words.size() && determiner(c.key(at))) {
        at++;
      }
      Clause.Span body = c.spanStartingAt(at);
      if (body == null || !body.mention().country().equals("IGO")) {
        continue;
      }
      Clause.Verb verb = verbAtWord(c, i);
      List<Clause.Span> members = verb == null ? c.subjectBefore(i) : c.subjects(verb);
      Modality m =
          verb != null
              ? c.modality(verb, c.clauseStart(verb) + 1)
              : unsaidBefore(c, i) ? Modality.POSSIBLE : Modality.ASSERTED;
      int begin = c.offset(c.words.get(i).begin());
      for (Clause.Span member : members) {
        if (stateless(member.mention()) || member.mention().country().equals("IGO")) {
          continue;
        }
        out.removeIf(
            e ->
                e.triggerBegin() == begin
                    && e.target() != null
                    && e.source().code().equals(member.mention().code())
                    && e.target().code().equals(body.mention().code()));
        boolean not = m == Modality.NEGATED; // "Spain will not join NATO": no entry
        Clause.Verb word = new Clause.Verb(i, i + 1, List.of(), false, false);
        add(
            c,
            word,
            c.words.get(i),
            member.mention(),
            body.mention(),
            "057",
            not ? Modality.ASSERTED : m,
            not,
            0.6,
            out,
            seen);
      }
    }
  }

  /**
   * "Conable, who flew to Indonesia yesterday, will meet with Suharto": a meeting to come with a
   * guest who has come is the guest's intent to meet (036), not the host's.
   */
  private static void hostsAwaitGuests(List<CodedEvent> out) {
    out.removeIf(
        host ->
            host.code().equals("036")
                && host.target() != null
                && !host.negated()
                && out.stream()
                    .anyMatch(
                        v ->
                            v.code().equals("042")
                                && v.target() != null
                                && v.modality() == Modality.ASSERTED
                                && !v.negated()
                                && v.source().code().equals(host.target().code())
                                && v.target().country().equals(host.source().country())
                                && !v.source().country().equals(host.source().country())));
  }

  /** True when an agreement or intent (03) joins the two both ways: "X and Y agreed to". */
  private static boolean jointAgreement(List<CodedEvent> out, CodedEvent e) {
    if (!e.code().startsWith("03")) {
      return false;
    }
    for (CodedEvent r : out) {
      if (r.target() != null
          && r.code().equals(e.code())
          && r.triggerBegin() == e.triggerBegin()
          && r.source().code().equals(e.target().code())
          && r.target().code().equals(e.source().code())) {
        return true;
      }
    }
    return false;
  }

  /** True when a visit of the guest's state to the host's state is coded already. */
  private static boolean visited(List<CodedEvent> out, ActorMention guest, ActorMention host) {
    for (CodedEvent v : out) {
      if (v.code().equals("042")
          && v.target() != null
          && v.source().country().equals(guest.country())
          && v.target().country().equals(host.country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place after "in" nearest to the event's words, in its clause: after its verb or noun {@code
   * at} ("met ... in Frankfurt on Monday", "talks in Washington with") or set before the clause by
   * a comma ("In Paris, Britain, Canada ... agreed"); not where one of its actors is ("the US
   * commander in Iraq held talks").
   */
  private static Clause.Span placeHeld(Clause c, CodedEvent held, int at) {
    int first = c.words.size();
    int last = -1;
    for (int i = 0; i < c.words.size(); i++) {
      int b = c.offset(c.words.get(i).begin());
      if (b >= held.begin() && b < held.end()) {
        first = Math.min(first, i);
        last = i;
      }
    }
    Clause.Span best = null;
    int distance = Integer.MAX_VALUE;
    for (Clause.Span s : c.spans) {
      int d =
          s.from() > last
              ? wordsBetween(c, last, s.from())
              : s.to() <= first ? wordsBetween(c, s.to() - 1, first) : 0;
      if (d < distance
          && d <= PLACE_WINDOW
          && (s.from() > at
              || (c.key(s.to()).equals(",") && (s.from() < 2 || c.spanIndexAt(s.from() - 2) < 0)))
          && c.placeAfterIn(s)
          && c.key(s.from() - 1).equals("IN")
          && !(s.from() > at ? breakBetween(c, at, s.from()) : breakBetween(c, s.to(), first))) {
        best = s;
        distance = d;
      }
    }
    return best;
  }

  /**
   * How many words, not counting actors' names, may stand between the event's words and its place.
   */
  private static final int PLACE_WINDOW = 6;

  /** The words strictly between {@code from} and {@code to} that are no actor's. */
  private static int wordsBetween(Clause c, int from, int to) {
    int n = 0;
    for (int j = from + 1; j < to; j++) {
      n += c.spanIndexAt(j) < 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * True when a clause opener, or "as", "for" or "to" opening what the act is for, stands between
   * words {@code from} and {@code to}: "an agreement with X for sales in Canada".
   */
  private static boolean breakBetween(Clause c, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      String k = c.key(j);
      if (clauseBreak(k) || k.equals("AS") || k.equals("FOR") || k.equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Canada announced asset freezes and sanctions against Russia's arms makers", "the EU adopted
   * new sanctions on Iran": sanctions named by a noun after a verb that enacts them (the verb
   * itself no event in the dictionary, often a verb of announcing) are imposed by the verb's
   * subject on the actor after "against" or "on" (163); announced for later ("will announce"), a
   * threat of them (1312).
   */
  private void sanctionsAnnounced(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 2 < c.words.size(); i++) {
      boolean sanction = ClauseWords.SANCTION_NOUNS.contains(c.key(i));
      if ((!sanction && !ClauseWords.LOAN_NOUNS.contains(c.key(i))) || c.nameWord(i)) {
        continue; // "an order from Credit Lyonnais Canada": a name
      }
      int verb = i - 1;
      while (verb > 0 && i - verb <= 4 && !ClauseWords.ENACTING.contains(c.key(verb))) {
        verb--;
      }
      if (!ClauseWords.ENACTING.contains(c.key(verb)) || verbBetween(c, verb, i)) {
        continue; // "agreed to lift the sanctions": the sanctions are another verb's object
      }
      if (c.rejectedDocumentsInfinitive(verb - 1)) {
        continue; // "vetoed a resolution to impose sanctions": none imposed
      }
      Clause.Span target = aimedAt(c, i, sanction ? "AGAINST" : "TO");
      if (target == null) {
        target = aimedAt(c, i, sanction ? "ON" : "FOR");
      }
      List<Clause.Span> sources = c.subjectBefore(verb);
      if (target == null || sources.isEmpty()) {
        continue;
      }
      Clause.Span source = sources.get(0);
      boolean planned = false;
      boolean negated = false;
      boolean threatened = false;
      for (int j = Math.max(0, verb - 3); j < verb; j++) {
        planned |= ClauseWords.PLANNED.contains(c.key(j)) && !c.key(j).equals("TO");
        planned |= ClauseWords.POSSIBLE.contains(c.key(j)); // "would impose tariffs": a threat
        negated |= ClauseWords.NEGATIONS.contains(c.key(j));
        threatened |= THREATENING.contains(c.key(j));
      }
      if (negated) {
        continue; // "persuading the U.S. not to impose tariffs": not imposed, nor announced
      }
      if (threatened) {
        if (!sanction) {
          continue; // "threatened to extend loans": no aid given nor promised
        }
        // "the U.S. threatened to impose sanctions on Japan": a threat of sanctions, which says
        // more than the threat the verb alone codes
        planned = true;
        String src = source.mention().code();
        String tgt = target.mention().code();
        out.removeIf(
            e ->
                e.code().equals("130")
                    && e.source().code().equals(src)
                    && e.target() != null
                    && e.target().code().equals(tgt));
      }
      String code = sanction ? (planned ? "1312" : "163") : (planned ? "0331" : "071");
      if (codedAlready(out, source, target, code)) {
        continue; // the verb's own pattern coded it already: "imposed sanctions on Iran"
      }
      addAt(
          c,
          i,
          source.mention(),
          target.mention(),
          code,
          planned && !threatened ? Modality.PLANNED : Modality.ASSERTED, // a threat is made
          out,
          seen);
    }
  }

  /**
   * True when a verb of commitment takes an infinitive the lexicon does not know ("agreed to
   * charter tankers", "agreed to coooperate"): the commitment is an intent to cooperate, not an
   * agreement reached; "agreed to the proposal" is not one.
   */
  private static boolean committedToUnknownAct(Clause c, Clause.Verb v) {
    int to = v.end();
    if (!ClauseWords.COMMITMENTS.contains(c.key(v.at()))
        || to + 1 >= c.words.size()
        || !c.key(to).equals("TO")) {
      return false;
    }
    Word next = c.words.get(to + 1);
    return !next.capitalized()
        && next.key().chars().allMatch(Character::isLetter)
        && !determiner(next.key())
        && !c.isVerbAt(to + 1)
        && !c.verbForm(next.key())
        && c.spanIndexAt(to + 1) < 0;
  }

  /**
   * True when sanctions head the relative clause whose verb this is: "the sanctions President
   * Reagan imposed", "tariffs the U.S. imposed last week".
   */
  private static boolean sanctionsBefore(Clause c, Clause.Verb v) {
    List<Clause.Span> subjects = c.subjectBefore(v.at());
    if (subjects.isEmpty()) {
      return false;
    }
    int before = subjects.get(0).from() - 1;
    return before >= 0 && ClauseWords.SANCTION_NOUNS.contains(c.key(before));
  }

  /**
   * "China has added 30,000 tonnes of U.S. corn to its previous commitments", "the Soviet Union has
   * added 50,000 tonnes to its previous purchases of U.S. corn": the U.S. Agriculture Department's
   * formula for a purchase (061) from the country of the goods. "Added" is otherwise a word of
   * speech ("he added"), no verb of the dictionary.
   */
  private void addedToPurchases(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 3 < c.words.size(); i++) {
      if (!c.key(i).equals("ADDED") || !AUXILIARIES_OF_PERFECT.contains(c.key(i - 1))) {
        continue;
      }
      int records = -1;
      for (int j = i + 1; j + 2 < Math.min(c.words.size(), i + 14); j++) {
        if (c.key(j).equals("TO") && determiner(c.key(j + 1))) {
          int k = c.key(j + 2).equals("PREVIOUS") ? j + 3 : j + 2;
          records = PURCHASE_RECORDS.contains(c.key(k)) ? k : -1;
          break;
        }
      }
      List<Clause.Span> buyers = c.subjectBefore(i - 1);
      if (records < 0 || buyers.isEmpty()) {
        continue;
      }
      Clause.Span buyer = buyers.get(0);
      for (int j = i + 1; j < Math.min(c.words.size(), records + 5); j++) {
        Clause.Span seller = c.spanIndexAt(j) >= 0 ? c.spans.get(c.spanIndexAt(j)) : null;
        if (seller != null
            && !stateless(seller.mention())
            && !seller.mention().country().equals(buyer.mention().country())) {
          addAt(c, i, buyer.mention(), seller.mention(), "061", Modality.ASSERTED, out, seen);
          break;
        }
      }
    }
  }

  static final Set<String> AUXILIARIES_OF_PERFECT = Set.of("HAS", "HAVE", "HAD");

  private static final Set<String> PURCHASE_RECORDS =
      Set.of("COMMITMENTS", "PURCHASES", "PURCHASE", "COMMITMENT");

  /** True when a number follows word {@code at}, after "at", "to" or "about" ("at 11.5 mln"). */
  private static boolean figureAfter(Clause c, int at) {
    int j = at;
    while (j < c.words.size()
        && (c.key(j).equals("AT")
            || c.key(j).equals("TO")
            || c.key(j).equals("ABOUT")
            || c.key(j).equals("SOME"))) {
      j++;
    }
    return j < c.words.size() && c.number(j);
  }

  /** Verbs that judge their object when "as" or "to be" follows: "viewed the pact as vital". */
  private static final Set<String> JUDGING = Set.of("CONSIDER", "VIEW", "REGARD", "SEE");

  /** Nouns of figures that a report revises: "raised its estimate of", "cut its forecast for". */
  private static final Set<String> STATISTICS =
      Set.of(
          "ESTIMATE",
          "ESTIMATES",
          "FORECAST",
          "FORECASTS",
          "PROJECTION",
          "PROJECTIONS",
          "FIGURE",
          "FIGURES",
          "OUTLOOK",
          "PREDICTION",
          "PREDICTIONS");

  /**
   * True when the verb's object is headed by one of {@code heads}, after a determiner and modifiers
   * ({@code named}: names among them, "EC Commission proposals"), within {@code reach} words:
   * "raised its estimate of", "will re-examine a letter from".
   */
  private static boolean objectHeadedBy(
      Clause c, Clause.Verb v, Set<String> heads, boolean named, int reach) {
    int steps = 0;
    for (int j = v.end(); j < c.words.size() && steps < reach; j++, steps++) {
      String k = c.key(j);
      if (heads.contains(k)) {
        return true;
      }
      boolean modifier = determiner(k) || lowerWord(c, j);
      boolean name = c.spanIndexAt(j) >= 0 || c.words.get(j).capitalized();
      if (named ? !(modifier || name) : !modifier || c.spanIndexAt(j) >= 0) {
        return false;
      }
      if (named && c.spanIndexAt(j) >= 0) {
        // "an Organisation for Economic Cooperation and Development (OECD) staff report": a name,
        // and its abbreviation, count as one word
        j = c.spans.get(c.spanIndexAt(j)).to() - 1;
        if (c.key(j + 1).equals("(")) {
          j = c.afterParenthesis(j + 1) - 1;
        }
      }
    }
    return false;
  }

  /** Forms of "monitor", which a news service does to another's broadcasts. */
  private static final Set<String> MONITORING = Inflection.forms(List.of("MONITOR"));

  /** Forms of "threaten": sanctions a party threatens to impose are a threat of them (1312). */
  private static final Set<String> THREATENING = Inflection.forms(List.of("THREATEN"));

  /**
   * "Yeutter said Japan should open its markets", "Japan must cut its surplus, Baldrige said": what
   * a speaker says another state should or must do is asked of it, an appeal (020), when no other
   * event joins the two.
   */
  private void saidShould(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 1 < c.words.size(); i++) {
      String k = c.key(i);
      if (!(k.equals("SHOULD") || k.equals("MUST"))
          || ClauseWords.NEGATIONS.contains(c.key(i + 1))
          || (!c.isVerbAt(i + 1) && !c.key(i + 1).equals("BE"))) {
        continue;
      }
      List<Clause.Span> subjects = c.subjectBefore(i);
      if (subjects.isEmpty() || subjects.get(subjects.size() - 1).to() < i - 3) {
        continue;
      }
      List<Clause.Span> speakers = c.speakersBefore(subjects.get(0).from());
      if (speakers.isEmpty()) {
        speakers = c.speakersAtEnd(i);
      }
      for (Clause.Span speaker : speakers) {
        for (Clause.Span target : subjects) {
          if (!stateless(target.mention())
              && !speaker.mention().country().equals(target.mention().country())
              && !codedAlready(out, speaker, target, null)) {
            addAt(c, i, speaker.mention(), target.mention(), "020", Modality.ASSERTED, out, seen);
          }
        }
      }
    }
  }

  /**
   * "The U.S. hopes Japan will take steps to lift its economy", "Baker hoped Brazil would resolve
   * its differences": a hope voiced of another state's act asks it of that state, an appeal (020).
   */
  private void hopedOf(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 3 < c.words.size(); i++) {
      if (!HOPES.contains(c.key(i)) || determiner(c.key(i - 1)) || preposition(c.key(i - 1))) {
        continue; // "in hopes Iran would be reluctant", "its hope": a noun
      }
      int at = c.key(i + 1).equals("THAT") ? i + 2 : i + 1;
      Clause.Span target = c.spanStartingAt(at);
      if (target == null
          || !HOPED_MODALS.contains(c.key(target.to()))
          || ClauseWords.NEGATIONS.contains(c.key(target.to() + 1))
          || stateless(target.mention())) {
        continue;
      }
      for (Clause.Span source : c.subjectBefore(i)) {
        if (!source.mention().country().equals(target.mention().country())
            && !codedAlready(out, source, target, null)) {
          addAt(c, i, source.mention(), target.mention(), "020", Modality.ASSERTED, out, seen);
        }
      }
    }
  }

  private static final Set<String> HOPES = Set.of("HOPE", "HOPES", "HOPED", "HOPING");

  private static final Set<String> HOPED_MODALS = Set.of("WILL", "WOULD", "CAN", "COULD");

  /** Words of a judgement that faults another's act or policy (111). */
  private static final Set<String> FAULTING =
      Set.of(
          "UNFAIR",
          "UNFAIRLY",
          "UNJUSTIFIED",
          "UNWARRANTED",
          "UNACCEPTABLE",
          "PROTECTIONIST",
          "PROTECTIONISM",
          "DISCRIMINATORY",
          "FLAWED",
          "MISGUIDED",
          "MISTAKEN",
          "WRONG",
          "ILLEGAL",
          "ILLEGITIMATE",
          "UNJUST",
          "IRRESPONSIBLE",
          "UNREASONABLE",
          "COUNTERPRODUCTIVE",
          "COUNTER-PRODUCTIVE",
          "DANGEROUS",
          "DEPLORABLE",
          "OUTRAGEOUS",
          "ABSURD",
          "RIDICULOUS",
          "HYPOCRITICAL",
          "ARBITRARY",
          "VIOLATION",
          "BREACH");

  /** Words that make a fault another's claim: "alleged unfair practices". */
  private static final Set<String> ALLEGED = Set.of("ALLEGED", "ALLEGEDLY", "SO-CALLED");

  /** Words of a judgement that approves another's act or policy (051): "a constructive step". */
  private static final Set<String> PRAISING =
      Set.of("CONSTRUCTIVE", "ENCOURAGING", "COMMENDABLE", "WELCOME", "HELPFUL");

  /** Adjectives of a speaker's own approval of another (051): "Canada was pleased with". */
  private static final Set<String> PLEASED =
      Set.of("PLEASED", "SATISFIED", "DELIGHTED", "GRATIFIED", "HEARTENED", "ENCOURAGED");

  /** Adjectives of a speaker's own displeasure at another (110): "is disappointed at". */
  private static final Set<String> DISPLEASED =
      Set.of("DISAPPOINTED", "SCEPTICAL", "SKEPTICAL", "IMPATIENT", "DISSATISFIED");

  /**
   * "Younger said the U.S. was unfairly protecting its defence industry", "Yeutter said Canada's
   * finding is totally unjustified": a speaker who faults another state's act or policy criticises
   * it (111); "Japan is disappointed at the threats from the EC", "he was sceptical of the
   * U.S.-British accord": one who states displeasure at another disapproves of it (110).
   */
  /**
   * Not accepting what another offers or imposes is rejecting it (120): "Brazil will not accept
   * interference from the IMF", "did not accept the offer from the United States".
   */
  private void refusalsToAccept(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (Clause.Verb v : c.verbs) {
      if (v.skip()
          || v.passive()
          || v.forms().stream().noneMatch(f -> f.sense().lemma().equals("ACCEPT"))) {
        continue;
      }
      List<Clause.Span> subjects = c.subjects(v);
      if (subjects.isEmpty() || !(c.denied(v, subjects) || c.modality(v, 0) == Modality.NEGATED)) {
        continue;
      }
      Clause.Span from = c.objectOf(v, subjects);
      if (from == null || stateless(from.mention())) {
        continue;
      }
      for (Clause.Span s : subjects) {
        if (!stateless(s.mention()) && !codedAlready(out, s, from, "120")) {
          addAt(c, v.at(), s.mention(), from.mention(), "120", Modality.ASSERTED, out, seen);
        }
      }
    }
  }

  /** Words that put a demand to the actor after them: "told Japan to", "warned Iran to". */
  private static final Set<String> DIRECTIVES =
      Set.of(
          "TOLD",
          "TELLS",
          "TELL",
          "WARNED",
          "WARNS",
          "WARN",
          "URGED",
          "URGES",
          "ASKED",
          "ASKS",
          "ORDERED",
          "ORDERS",
          "DEMANDED",
          "DEMANDS");

  /**
   * Besides the nouns of sanctions, what an ultimatum's "or face" names that makes it a threat of
   * sanctions (1312): "or face an abrupt deterioration in trade relations", "or face retaliation".
   */
  private static final Set<String> SANCTION_WORDS =
      ClauseWords.union(
          ClauseWords.SANCTION_NOUNS,
          "TRADE",
          "TARIFF",
          "RETALIATION",
          "PENALTIES",
          "RESTRICTIONS");

  /** What an ultimatum's "or face" names that makes it a threat of force (138). */
  private static final Set<String> FORCE_WORDS =
      Set.of("FORCE", "MILITARY", "ATTACK", "ATTACKS", "WAR", "STRIKES", "INVASION");

  /**
   * A demand put to a state with a penalty if it does not comply is a threat ("Howard told Japan to
   * resolve the row ... or face an abrupt deterioration in trade relations": 1312; "or face
   * military action": 138), from the one who demands to the one told; a consequence that is no
   * one's penalty ("or face a further rise in the yen") is none.
   */
  private void ultimatums(Clause c, List<CodedEvent> out, Set<String> seen) {
    int n = c.words.size();
    for (int f = 2; f + 1 < n; f++) {
      if (!c.key(f).equals("OR") || !c.key(f + 1).equals("FACE")) {
        continue;
      }
      for (int d = f - 1; d >= Math.max(0, f - 30); d--) {
        if (!DIRECTIVES.contains(c.key(d))) {
          continue;
        }
        Clause.Span told = c.spanStartingAt(d + 1);
        if (told == null || !c.key(told.to()).equals("TO") || stateless(told.mention())) {
          break;
        }
        String code = null;
        for (int j = f + 2; j < Math.min(n, f + 10) && code == null; j++) {
          code = SANCTION_WORDS.contains(c.key(j)) ? "1312" : null;
          code = FORCE_WORDS.contains(c.key(j)) ? "138" : code;
        }
        if (code == null) {
          break; // "or face a further rise in the yen": a consequence, not the speaker's penalty
        }
        List<Clause.Span> sources = c.subjectBefore(d);
        for (Clause.Span s : sources) {
          if (!stateless(s.mention()) && !codedAlready(out, s, told, code)) {
            addAt(c, d, s.mention(), told.mention(), code, Modality.ASSERTED, out, seen);
          }
        }
        break;
      }
    }
  }

  private void judged(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int e = 1; e < c.words.size(); e++) {
      String word = c.key(e);
      String verdict = FAULTING.contains(word) ? "111" : PRAISING.contains(word) ? "051" : null;
      boolean faulting = verdict != null; // a judgement of another's act, named before it
      boolean pleased = PLEASED.contains(word);
      if ((!faulting && !pleased && !DISPLEASED.contains(word))
          || ClauseWords.NEGATIONS.contains(c.key(e - 1))
          || (e > 1 && ClauseWords.NEGATIONS.contains(c.key(e - 2)))
          || ALLEGED.contains(c.key(e - 1))
          || (e > 1 && ALLEGED.contains(c.key(e - 2)))) {
        // "not unfair", "alleged unfair practices", "alleged Japanese violation": no judgement
        // of the speaker's
        continue;
      }
      Clause.Span judge = null;
      if (!faulting && be(c.key(e - 1))) {
        List<Clause.Span> subjects = c.subjectBefore(e - 1); // "Japan is disappointed at"
        judge = subjects.isEmpty() ? null : subjects.get(0);
      }
      int speech = speechAround(c, e);
      int speaker = speakerBefore(c, speech);
      if ((judge == null || ClauseWords.PRONOUNS.contains(c.key(judge.from())))
          && speech > 0
          && speaker >= 0) {
        // "Younger said", "..., Yeutter said", "Lusser, vice-president of the Swiss National Bank,
        // said"
        judge = c.spans.get(c.spanIndexAt(speaker));
      }
      if (judge == null || stateless(judge.mention())) {
        continue;
      }
      List<Clause.Span> judgedParties = new ArrayList<>();
      if (faulting) {
        int from = speech > 0 && speech < e ? speech + 1 : 0;
        for (int j = e - 1; j >= from; j--) {
          int at = c.spanIndexAt(j);
          if (at >= 0 && c.spans.get(at) != judge) {
            if (!ClauseWords.PRONOUNS.contains(c.key(j))) { // "said it was unfair": unnamed
              judgedParties.addAll(c.compound(c.spans.get(at)));
            }
            break;
          }
        }
      } else {
        for (int j = e + 1; j < Math.min(c.words.size(), e + 12); j++) {
          int at = c.spanIndexAt(j);
          if (at >= 0) {
            Clause.Span t = c.spans.get(at);
            judgedParties.add(t);
            int next = c.key(t.to()).equals("-") ? t.to() + 1 : t.to();
            if (next < c.words.size() && c.spanIndexAt(next) >= 0) {
              judgedParties.add(c.spans.get(c.spanIndexAt(next))); // "the U.S.-British accord"
            }
            break;
          }
          if (clauseBreak(c.key(j)) || c.isVerbAt(j)) {
            break;
          }
        }
      }
      for (Clause.Span t : judgedParties) {
        if (!stateless(t.mention())
            && !t.mention().country().equals(judge.mention().country())
            && !codedAlready(out, judge, t, null)) {
          addAt(
              c,
              e,
              judge.mention(),
              t.mention(),
              faulting ? verdict : pleased ? "051" : "110",
              Modality.ASSERTED,
              out,
              seen);
        }
      }
    }
  }

  /**
   * The last word of the actor that speaks by the verb of speech at {@code speech}: right before it
   * or its comma ("..., Yeutter said"), or a few nouns before it ("two U.S. wheat organizations
   * said"); -1 when none.
   */
  private static int speakerBefore(Clause c, int speech) {
    int j = speech > 1 && c.key(speech - 1).equals(",") ? speech - 2 : speech - 1;
    for (int k = j; k >= 0 && k > j - 4; k--) {
      if (c.spanIndexAt(k) >= 0) {
        return k;
      }
      Word w = c.words.get(k);
      if (w.punctuation() || w.capitalized() || c.isVerbAt(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The speech verb whose report holds word {@code e}: the nearest "said" or "told" before it, else
   * the one after it that closes the sentence ("..., Yeutter said"); -1 when there is none.
   */
  private static int speechAround(Clause c, int e) {
    for (int j = e - 1; j > 0; j--) {
      if (ClauseWords.SPEECH.contains(c.key(j))) {
        return j;
      }
    }
    for (int j = e + 1; j < c.words.size(); j++) {
      if (ClauseWords.SPEECH.contains(c.key(j))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "British Aerospace has won a contract to supply Switzerland with military equipment", "Ericsson
   * was awarded a contract to supply its terminals to the West German Bundespost", "Alcatel has won
   * a contract from the Swedish armed forces": the customer a contract won names after its verb of
   * supplying, or after "from", buys from the winner (061).
   */
  private void contractsToSupply(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 3 < c.words.size(); i++) {
      boolean from = c.key(i + 1).equals("FROM"); // "won a contract from the Swedish armed forces"
      if (!CONTRACTS.contains(c.key(i)) || !(c.key(i + 1).equals("TO") || from)) {
        continue;
      }
      int won = -1;
      for (int j = i - 1; j >= Math.max(0, i - 7); j--) {
        if (CONTRACT_WINNING.contains(c.key(j))) {
          won = j;
          break;
        }
        if (clauseBreak(c.key(j)) || c.spanIndexAt(j) >= 0) {
          break;
        }
      }
      if (won < 0 || !(from || SUPPLYING.contains(c.key(i + 2)))) {
        continue;
      }
      List<Clause.Span> winners = c.subjectBefore(won);
      Clause.Span customer = null;
      int first = from ? i + 2 : i + 3;
      int last = from ? i + 6 : i + 12;
      for (int j = first; j < Math.min(c.words.size(), last) && customer == null; j++) {
        int at = c.spanIndexAt(j);
        if (at >= 0 && !ClauseWords.PRONOUNS.contains(c.key(j))) {
          customer = c.spans.get(at); // "to supply Switzerland", "to supply its terminals to X"
        } else if (clauseBreak(c.key(j)) || c.isVerbAt(j)) {
          break;
        }
      }
      if (winners.isEmpty() || customer == null || c.goodsOrigin(customer)) {
        continue;
      }
      for (Clause.Span w : winners) {
        addBetweenStates(c, i, customer, w, "061", out, seen);
      }
    }
  }

  /**
   * "Exporters reported sales of 200,000 tonnes of wheat to Jordan, 300,000 tonnes of soybean meal
   * to Iraq and 100,000 tonnes of corn to Algeria": the later buyers of a list of amounts, each
   * after "to", are sold to as the first is.
   */
  private void salesListed(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (CodedEvent e : List.copyOf(out)) {
      if (e.target() == null || !e.code().startsWith("06") || e.negated()) {
        continue;
      }
      int t = -1;
      for (int k = 0; k < c.spans.size() && t < 0; k++) {
        if (c.spans.get(k).mention() == e.target()) {
          t = c.spans.get(k).to();
        }
      }
      boolean amount = false;
      for (int j = t; j >= 0 && j + 1 < c.words.size(); j++) {
        String k = c.key(j);
        if (k.equals("TO") && amount) {
          Clause.Span buyer = c.spanStartingAt(determinersAfter(c, j + 1));
          if (buyer == null || stateless(buyer.mention())) {
            break;
          }
          if (!buyer.mention().country().equals(e.source().country())) {
            addAt(c, j, e.source(), buyer.mention(), e.code(), e.modality(), out, seen);
          }
          j = buyer.to() - 1;
          amount = false;
          continue;
        }
        boolean listed = k.equals(",") || k.equals("AND");
        if (!listed && (clauseBreak(k) || c.isVerbAt(j) || c.spanIndexAt(j) >= 0)) {
          break; // "to Jordan and said": the list ends
        }
        amount |=
            c.amountWord(j) && (j > t && (c.key(j - 1).equals(",") || c.key(j - 1).equals("AND")));
      }
    }
  }

  /** Verbs of agreeing that follow a meeting: "met Stoltenberg ... and agreed to support". */
  private static final Set<String> AGREEING = Set.of("AGREED", "AGREE", "AGREES", "DECIDED");

  /**
   * The targets of the meeting events (04) verb {@code v} added to {@code out} from {@code from}.
   */
  private static List<ActorMention> partnersMet(
      Clause c, Clause.Verb v, List<CodedEvent> out, int from) {
    List<ActorMention> partners = new ArrayList<>();
    for (CodedEvent e : out.subList(from, out.size())) {
      if (c.wordAtChar(e.triggerBegin()) == v.at()
          && e.target() != null
          && e.code().startsWith("04")
          && !visit(e.code())
          && !e.negated()
          && e.modality() == Modality.ASSERTED) {
        partners.add(e.target());
      }
    }
    return partners;
  }

  /**
   * "Baker met West German Finance Minister Gerhard Stoltenberg today and agreed to support the
   * Louvre pact": what the subject agrees to after meeting others it agrees with them, each with
   * each (030), whatever the agreement's own code.
   */
  private void agreedWithMet(
      Clause c,
      Clause.Verb v,
      List<Clause.Span> subjects,
      List<ActorMention> met,
      List<CodedEvent> out,
      Set<String> seen) {
    if (c.denied(v, subjects) || c.modality(v, v.at()) != Modality.ASSERTED) {
      return; // "met X but did not agree"
    }
    for (Clause.Span s : subjects) {
      for (ActorMention partner : met) {
        if (!s.mention().country().equals(partner.country())) {
          addAt(c, v.at(), s.mention(), partner, "030", Modality.ASSERTED, out, seen);
          addAt(c, v.at(), partner, s.mention(), "030", Modality.ASSERTED, out, seen);
        }
      }
    }
  }

  /** Nouns of a contract or an order won. */
  private static final Set<String> CONTRACTS =
      Set.of("CONTRACT", "CONTRACTS", "ORDER", "ORDERS", "DEAL");

  /** Verbs by which a supplier wins a contract. */
  private static final Set<String> CONTRACT_WINNING =
      Set.of("WON", "WIN", "WINS", "AWARDED", "SECURED", "LANDED", "GRANTED", "RECEIVED", "GIVEN");

  /** Verbs of supplying after a contract: "a contract to supply Switzerland". */
  private static final Set<String> SUPPLYING =
      Set.of("SUPPLY", "PROVIDE", "DELIVER", "BUILD", "SELL", "EQUIP", "INSTALL");

  /**
   * "Deng Xiaoping told visiting U.S. Secretary of State George Shultz": a visiting official or
   * delegation named as the object of the clause's subject visits the subject's country (042). "is
   * visiting China" and ", visiting China," name the place visited instead.
   */
  private void visitingGuest(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 1 < c.words.size(); i++) {
      String before = c.key(i - 1);
      if (!c.key(i).equals("VISITING") || be(before) || before.equals(",")) {
        continue;
      }
      Clause.Span guest = c.spanStartingAt(i + 1);
      List<Clause.Span> hosts = c.subjectBefore(i);
      if (hosts.isEmpty()) {
        hosts = c.subjectBefore(i - 1); // "Deng told visiting ...": the reporting verb's subject
      }
      if (guest == null || hosts.isEmpty() || guest.mention().code().length() <= 3) {
        continue; // a bare country after "visiting" is the place visited
      }
      addVisit(c, i, guest, hosts.get(0), out, seen);
    }
  }

  /**
   * A visit (042) by the guest to the host's country, unless one is coded or either is no state's.
   */
  private void addVisit(
      Clause c,
      int at,
      Clause.Span guest,
      Clause.Span host,
      List<CodedEvent> out,
      Set<String> seen) {
    addBetweenStates(c, at, guest, host, "042", out, seen);
  }

  /** {@link #addBetweenStates} both ways: "the two sides fought", "the dispute between X and Y". */
  private void addBothWays(
      Clause c,
      int at,
      Clause.Span a,
      Clause.Span b,
      String code,
      List<CodedEvent> out,
      Set<String> seen) {
    addBetweenStates(c, at, a, b, code, out, seen);
    addBetweenStates(c, at, b, a, code, out, seen);
  }

  /**
   * An asserted event of the code from the source to the target at word {@code at}, when both are
   * states' and of different ones, and no event of the code's root joins them yet.
   */
  private void addBetweenStates(
      Clause c,
      int at,
      Clause.Span source,
      Clause.Span target,
      String code,
      List<CodedEvent> out,
      Set<String> seen) {
    if (!stateless(source.mention())
        && !stateless(target.mention())
        && !source.mention().country().equals(target.mention().country())
        && !codedAlready(out, source, target, code)) {
      addAt(c, at, source.mention(), target.mention(), code, Modality.ASSERTED, out, seen);
    }
  }

  /** What a state's trade with another is out of balance by: "its trade surplus with the U.S.". */
  private static final Set<String> IMBALANCES =
      Set.of("SURPLUS", "SURPLUSES", "DEFICIT", "DEFICITS", "IMBALANCE", "FRICTION", "GAP");

  /** Verbs that reduce an imbalance: "to help narrow", "to cut", "to balance trade with". */
  private static final Set<String> REDRESSING =
      Inflection.forms(
          List.of(
              "REDUCE", "CUT", "NARROW", "BALANCE", "EASE", "LIMIT", "CURB", "TRIM", "SHRINK",
              "CORRECT", "REDRESS", "LOWER", "SLASH", "OFFSET"),
          "CUTTING",
          "SLASHING");

  /**
   * "Taiwan plans another round of tariff cuts to help narrow its trade surplus with the U.S.",
   * "South Korea will further open its market to help cut its trade surplus with the U.S.": a
   * state's plan whose stated purpose is to redress its trade with another is an intent to
   * cooperate economically with it (0311).
   */
  private void tradeBalanceAimedAt(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 2; i + 2 < c.words.size(); i++) {
      boolean imbalance = IMBALANCES.contains(c.key(i)) && c.key(i + 1).equals("WITH");
      boolean balance =
          c.key(i).equals("TRADE")
              && c.key(i + 1).equals("WITH")
              && REDRESSING.contains(c.key(i - 1));
      if (!imbalance && !balance) {
        continue;
      }
      Clause.Span partner = c.spanStartingAt(determinersAfter(c, i + 2));
      int to = purposeBefore(c, i);
      if (partner == null || to < 0 || stateless(partner.mention())) {
        continue;
      }
      List<Clause.Span> subjects = c.subjectBefore(to);
      if (subjects.isEmpty()
          || !plannedBefore(c, subjects.get(0).to(), to)
          || otherActorBetween(c, subjects, to)) {
        continue;
      }
      for (Clause.Span s : subjects) {
        if (!stateless(s.mention()) && !codedAlready(out, s, partner, "03")) {
          addAt(c, i, s.mention(), partner.mention(), "0311", Modality.PLANNED, out, seen);
        }
      }
    }
  }

  /**
   * True when an actor of another country, asked to act ("X to"), stands between the subjects and
   * word {@code to}: "the U.S. and the EC want Japan to remove tariffs to help cut their deficits".
   */
  private static boolean otherActorBetween(Clause c, List<Clause.Span> subjects, int to) {
    Set<String> own = new HashSet<>();
    for (Clause.Span s : subjects) {
      own.add(s.mention().country());
    }
    for (Clause.Span t : c.spans) {
      if (t.from() >= subjects.get(subjects.size() - 1).to()
          && t.to() < to
          && c.key(t.to()).equals("TO")
          && !stateless(t.mention())
          && !own.contains(t.mention().country())) {
        return true;
      }
    }
    return false;
  }

  /** The first actor that starts within {@code words} words from word {@code from}, or null. */
  private static Clause.Span firstSpan(Clause c, int from, int words) {
    for (int k = from; k < Math.min(c.words.size(), from + words); k++) {
      Clause.Span s = c.spanStartingAt(k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static int determinersAfter(Clause c, int j) {
    while (j < c.words.size() && determiner(c.key(j))) {
      j++;
    }
    return j;
  }

  /**
   * The "to" of a purpose whose verb redresses the imbalance at word {@code i}, at most six words
   * before it ("to help narrow its trade surplus", "to cut"), or -1.
   */
  private static int purposeBefore(Clause c, int i) {
    for (int j = i - 1; j >= Math.max(1, i - 6); j--) {
      String k = c.key(j);
      if (REDRESSING.contains(k)) {
        int to = j - 1;
        if (c.key(to).equals("HELP") && c.key(to - 1).equals("TO")) {
          to--;
        }
        return c.key(to).equals("TO") ? to : -1;
      }
      if (clauseBreak(k) || c.spanIndexAt(j) >= 0) {
        return -1;
      }
    }
    return -1;
  }

  /** True when a word of planning stands between the subject and the purpose: "will", "plans". */
  private static boolean plannedBefore(Clause c, int from, int to) {
    for (int j = from; j < to; j++) {
      if (ClauseWords.INTENT.contains(c.key(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Two World Bank review teams are in the Philippines", "Nicaragua's trade minister was in London
   * to brief ...": an official, a team or an organisation present in another country visits it
   * (042). A state "in" a place is in a condition ("Iran is in talks"), not a visitor.
   */
  private void presentIn(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 2 < c.words.size(); i++) {
      String k = c.key(i);
      int last = i - 1; // "World Bank review teams are in": the actor's noun may follow it
      if (c.spanIndexAt(last) < 0 && last > 0 && ClauseWords.SENT_GROUPS.contains(c.key(last))) {
        last--;
      }
      boolean apposed = // "Saouma, in Brazil for talks with agriculture officials, said"
          k.equals(",")
              && c.spanIndexAt(i + 2) >= 0
              && APPOSED_AIMS.contains(c.key(c.spans.get(c.spanIndexAt(i + 2)).to()));
      // "inspectors from the EU and the IMF will be back in Athens today": a visit to come
      boolean toCome = k.equals("BE") && c.key(i - 1).equals("WILL");
      if (toCome) {
        last = i - 2;
      }
      int in = c.key(i + 1).equals("BACK") ? i + 2 : i + 1;
      if (!(k.equals("IS")
              || k.equals("ARE")
              || k.equals("WAS")
              || k.equals("WERE")
              || apposed
              || toCome)
          || !c.key(in).equals("IN")
          || last < 0
          || c.spanIndexAt(last) < 0) {
        continue;
      }
      Clause.Span guest = c.spans.get(c.spanIndexAt(last));
      Clause.Span place = c.spanStartingAt(in + 1);
      if (place == null
          || place.mention().code().length() != 3
          || !(guest.mention().code().length() > 3 || guest.mention().country().equals("IGO"))) {
        continue;
      }
      if (!toCome) {
        addVisit(c, i, guest, place, out, seen);
        continue;
      }
      for (Clause.Span g : c.compound(guest)) {
        if (!stateless(g.mention())
            && !g.mention().country().equals(place.mention().country())
            && !codedAlready(out, g, place, "03")) {
          addAt(c, i, g.mention(), place.mention(), "036", Modality.PLANNED, out, seen);
        }
      }
    }
  }

  /** Words after an apposed place that say what the guest is there for: ", in Brazil for talks". */
  private static final Set<String> APPOSED_AIMS = Set.of("FOR", "TO", "ON");

  /**
   * "Iran and Iraq, which have been at war since September 1980", "Iraq, at war with Iran": states
   * at war fight each other (190, both ways).
   */
  private void atWar(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 1 < c.words.size(); i++) {
      if (!c.key(i).equals("AT") || !c.key(i + 1).equals("WAR") || unsaidBefore(c, i)) {
        continue;
      }
      List<Clause.Span> sides = new ArrayList<>();
      Clause.Span enemy = c.key(i + 2).equals("WITH") ? c.spanStartingAt(i + 3) : null;
      int before = i - 1;
      while (before > 0
          && (be(c.key(before))
              || c.key(before).equals("BEEN")
              || c.key(before).equals("HAVE")
              || c.key(before).equals("HAS")
              || c.key(before).equals("WHICH")
              || c.key(before).equals(","))) {
        before--; // "Iran and Iraq, which have been at war", "Iraq, at war with Iran"
      }
      if (c.spanIndexAt(before) >= 0) {
        Clause.Span last = c.spans.get(c.spanIndexAt(before));
        for (Clause.Span s : c.spans) {
          List<Clause.Span> compound = c.compound(s);
          if (compound.contains(last)) {
            sides.addAll(compound);
            break;
          }
        }
      }
      if (enemy != null && sides.size() == 1) {
        sides.add(enemy);
      }
      if (sides.size() != 2) {
        continue;
      }
      addBothWays(c, i, sides.get(0), sides.get(1), "190", out, seen);
    }
  }

  private static boolean unsaidBefore(Clause c, int i) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      String k = c.key(j);
      if (ClauseWords.NEGATIONS.contains(k)
          || ClauseWords.POSSIBLE.contains(k)
          || ClauseWords.PLANNED.contains(k)) {
        return true; // "did not tell", "could tell", "will tell": no statement made yet
      }
    }
    return false;
  }

  /**
   * True when an event of the same parties and CAMEO root is coded already; of any root when {@code
   * code} is null ("promised aid to X": the verb's own event stands for the noun's).
   */
  private static boolean codedAlready(
      List<CodedEvent> out, Clause.Span source, Clause.Span target, String code) {
    for (CodedEvent e : out) {
      if (e.target() != null
          && e.source().code().equals(source.mention().code())
          && e.target().code().equals(target.mention().code())
          && (code == null || e.code().startsWith(code.substring(0, 2)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Egypt has pledged to restrain output to support OPEC's moves": an infinitive of purpose whose
   * object is an actor states the subject's aim toward it, an intent of the act's cooperation (0311
   * to 034x), coded when no other event joins the two; aims of conflict, and the infinitives that a
   * verb, a noun or an actor governs ("plans to visit", "the right to sell", "ask Russia to help"),
   * are not purposes.
   */
  private static Purpose purposeOf(Clause c, Clause.Verb v, List<Clause.Span> subjects) {
    int to = v.at() - 1;
    if (subjects.isEmpty()
        || v.passive()
        || to < 2
        || !c.key(to).equals("TO")
        || !c.purposeInfinitive(to)) {
      return null;
    }
    Clause.Span target = c.spanStartingAt(v.end());
    String code = c.bestMatch(v).code();
    if (target == null || code == null || code.indexOf(':') >= 0 || stateless(target.mention())) {
      return null;
    }
    String root = code.substring(0, 2);
    boolean cooperation =
        root.equals("05") || root.equals("06") || root.equals("07") || root.equals("08");
    return cooperation ? new Purpose(v.at(), subjects, target, intent(code)) : null;
  }

  /** An aim stated by an infinitive of purpose: its verb, who aims, at whom, the intent code. */
  private record Purpose(int at, List<Clause.Span> subjects, Clause.Span target, String code) {}

  /**
   * "Obama welcomed British Prime Minister Gordon Brown to the White House": a guest welcomed to
   * the host's own place visits the host's country (042) and the two meet (040 both ways); the
   * welcome is no approval. False, coding nothing, for any other verb or object; called for an
   * asserted welcome only.
   */
  private boolean hostedVisit(
      Clause c,
      Clause.Verb v,
      Clause.Match best,
      List<Clause.Span> sources,
      List<Clause.Span> targets,
      List<CodedEvent> out,
      Set<String> seen) {
    if (!best.sense().lemma().equals("WELCOME")
        || v.passive()
        || sources.size() != 1
        || targets.size() != 1
        || !c.key(targets.get(0).to()).equals("TO")) {
      return false;
    }
    int at = targets.get(0).to() + 1;
    if (c.key(at).equals("THE")) {
      at++;
    }
    Clause.Span place = c.spanStartingAt(at);
    ActorMention host = sources.get(0).mention();
    ActorMention guest = targets.get(0).mention();
    if (place == null
        || stateless(host)
        || stateless(guest)
        || !place.mention().country().equals(host.country())
        || guest.country().equals(host.country())) {
      return false;
    }
    addAt(c, v.at(), guest, place.mention(), "042", Modality.ASSERTED, out, seen);
    addAt(c, v.at(), host, guest, "040", Modality.ASSERTED, out, seen);
    addAt(c, v.at(), guest, host, "040", Modality.ASSERTED, out, seen);
    return true;
  }

  /**
   * Adds an event whose trigger is the one word {@code at} (a noun, or the verb that reports it)
   * rather than a verb of the dictionary: "talks", "sanctions", "said ... was behind".
   */
  private void addAt(
      Clause c,
      int at,
      ActorMention source,
      ActorMention target,
      String code,
      Modality modality,
      List<CodedEvent> out,
      Set<String> seen) {
    Clause.Verb word = new Clause.Verb(at, at + 1, List.of(), false, false);
    add(c, word, c.words.get(at), source, target, code, modality, false, 0.6, out, seen);
  }

  /**
   * "In separate talks with Finance Minister Kiichi Miyazawa, the U.S. group urged Japan to ...":
   * the talks or meeting a sentence opens with are held by its subject and the party named, both
   * ways.
   */
  private void talksOpening(Clause c, List<CodedEvent> out, Set<String> seen) {
    if (!c.key(0).equals("IN") && !c.key(0).equals("DURING")) {
      return;
    }
    int j = 1;
    while (j < Math.min(c.words.size() - 2, 4)
        && !ClauseWords.MEETING_NOUNS.containsKey(c.key(j))) {
      j++;
    }
    if (!ClauseWords.MEETING_NOUNS.containsKey(c.key(j)) || !c.key(j + 1).equals("WITH")) {
      return;
    }
    Clause.Span partner = firstSpan(c, j + 2, 3); // "talks with Finance Minister Kiichi Miyazawa"
    if (partner == null || !c.key(partner.to()).equals(",")) {
      return;
    }
    Clause.Span subject = c.spanStartingAt(determinersAfter(c, partner.to() + 1));
    if (subject != null) {
      addBothWays(c, j, subject, partner, ClauseWords.MEETING_NOUNS.get(c.key(j)), out, seen);
    }
  }

  /**
   * The first actor after the first {@code preposition} in the dozen words after word {@code i}.
   */
  private static Clause.Span aimedAt(Clause c, int i, String preposition) {
    for (int j = i + 1; j < Math.min(c.words.size() - 1, i + 12); j++) {
      String k = c.key(j);
      if (PatternEventCoder.clauseBreak(k) && !k.equals("AND")) {
        return null;
      }
      if (k.equals(preposition)) {
        for (int t = j + 1; t < Math.min(c.words.size(), j + 8); t++) {
          int at = c.spanIndexAt(t);
          if (at >= 0) {
            return c.spans.get(at);
          }
        }
        return null;
      }
    }
    return null;
  }

  /** True when a verb stands strictly between words {@code from} and {@code to}. */
  private boolean verbBetween(Clause c, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (lexicon.isVerbForm(c.key(j)) || c.key(j).equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ukraine says Russia was behind the attacks", "Iraq said Iran was responsible for the blast":
   * an actor said to be behind or responsible for an act is accused of it by the one who says so
   * (112); not when the saying is denied ("denied that Russia was behind").
   */
  private void saidToBeBehind(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 2; i < c.words.size(); i++) {
      boolean behind = c.key(i).equals("BEHIND");
      boolean responsible = c.key(i).equals("RESPONSIBLE") && c.key(i + 1).equals("FOR");
      if (!(behind || responsible) || !PatternEventCoder.be(c.key(i - 1))) {
        continue;
      }
      int at = c.spanIndexAt(i - 2);
      if (at < 0) {
        continue;
      }
      Clause.Span accused = c.spans.get(at);
      int report = accused.from() - 1;
      if (report > 0 && c.key(report).equals("THAT")) {
        report--;
      }
      if (report < 1 || !ClauseWords.CLAIMS.contains(c.key(report))) {
        continue;
      }
      List<Clause.Span> accusers = c.subjectBefore(report);
      if (accusers.isEmpty() || ClauseWords.NEGATIONS.contains(c.key(report - 1))) {
        continue;
      }
      for (Clause.Span accuser : accusers) {
        addAt(c, report, accuser.mention(), accused.mention(), "112", Modality.ASSERTED, out, seen);
      }
    }
  }

  /**
   * "Iran charged that Iraq had used chemical weapons", "charging that the United States has been
   * pressuring the agency": a hostile act (roots 10 to 20) that one actor alleges another did is an
   * accusation by the one of the other (112), and the act itself only alleged (possible).
   */
  private void chargedThat(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 2 < c.words.size(); i++) {
      if (!ClauseWords.ALLEGING.contains(c.key(i))) {
        continue;
      }
      int that = thatAfterCharge(c, i);
      if (that < 0) {
        continue;
      }
      int at = that + 1;
      while (at < c.words.size() && determiner(c.key(at))) {
        at++;
      }
      int span = at < c.words.size() ? c.spanIndexAt(at) : -1;
      List<Clause.Span> accusers = c.subjectBefore(i);
      if (span < 0 || accusers.isEmpty() || ClauseWords.NEGATIONS.contains(c.key(i - 1))) {
        continue;
      }
      ActorMention accused = c.spans.get(span).mention();
      int after = c.offset(c.words.get(i).end());
      boolean hostile = false;
      for (int k = 0; k < out.size(); k++) {
        CodedEvent e = out.get(k);
        if (e.triggerBegin() > after
            && e.source().begin() == accused.begin()
            && e.code().compareTo("10") >= 0
            && e.modality() == Modality.ASSERTED) {
          hostile = true;
          out.set(k, alleged(e));
        }
      }
      if (hostile || chargedBy(c, i)) {
        for (Clause.Span accuser : accusers) {
          addAt(c, i, accuser.mention(), accused, "112", Modality.ASSERTED, out, seen);
        }
      }
    }
  }

  /**
   * The "that" after a verb of charging, right after it or after a phrase of up to five words that
   * neither names a party nor opens a clause ("charged during the Council debate that"); else -1.
   */
  private static int thatAfterCharge(Clause c, int i) {
    for (int j = i + 1; j < Math.min(c.words.size() - 1, i + 7); j++) {
      if (c.key(j).equals("THAT")) {
        return j;
      }
      if (j == i + 1 && !c.key(j).equals("DURING") && !c.key(j).equals("AT")) {
        return -1;
      }
      if (c.spanIndexAt(j) >= 0 || c.isVerbAt(j) || clauseBreak(c.key(j))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Samuels charged that Canada was trying to preserve jobs": a charge made by the actor right
   * before the verb, or by the subject whose clause a participle after a comma continues ("...,
   * charging that"), a verb of charging and not the noun ("rejected charges that"), is an
   * accusation whatever act it names.
   */
  private static boolean chargedBy(Clause c, int i) {
    String k = c.key(i);
    if (k.equals("CHARGES") || k.equals("CHARGE") || k.equals("ALLEGE")) {
      return false;
    }
    if (k.endsWith("ING") && c.key(i - 1).equals(",")) {
      return true; // "Thatcher has taken up the company's cause, charging that Japan ..."
    }
    int j = i - 1;
    while (j > 0 && (soft(c.key(j)) || c.key(j).equals("ALSO"))) {
      j--;
    }
    return c.spanIndexAt(j) >= 0;
  }

  private static CodedEvent alleged(CodedEvent e) {
    return changed(e, e.target(), e.code(), Modality.POSSIBLE);
  }

  /** The event with another target, code or modality, its place and trigger kept. */
  private static CodedEvent changed(
      CodedEvent e, ActorMention target, String code, Modality modality) {
    return new CodedEvent(
        e.sentenceIndex(),
        e.begin(),
        e.end(),
        e.triggerBegin(),
        e.triggerEnd(),
        e.source(),
        target,
        code,
        modality,
        e.negated(),
        e.confidence());
  }

  /**
   * True when meeting noun {@code i} is in the phrase that opens the sentence with "Following" or
   * "After", which dates the report that follows: only determiners and modifiers stand between.
   */
  private static boolean datesTheSentence(Clause c, int i) {
    String first = c.key(0);
    if (!(first.equals("FOLLOWING") || first.equals("AFTER")) || i > 5) {
      return false;
    }
    for (int j = 1; j < i; j++) {
      if (c.isVerbAt(j) || c.key(j).equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A dispute reported as a state of affairs: "the recent dispute between the United States and
   * West Germany was responsible", "the trade dispute involving the United States and Japan is
   * spreading fears", "a South African union is in dispute with a subsidiary of Britain's X". Each
   * party criticises the other (111; tensions, 110). Not when the dispute is what a verb acts on
   * ("to settle a dispute between", "ease trade tensions between"): that act is the event.
   */
  private void disputesBetween(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 1; i + 2 < c.words.size(); i++) {
      String code = DISPUTES.get(c.key(i));
      if (code == null) {
        continue;
      }
      int at = i + 1;
      if (BREWING.contains(c.key(at)) && c.key(at + 1).equals("BETWEEN")) {
        at++; // "a diplomatic row erupted between Germany and Spain"
      } else if (be(c.key(at)) && BREWING.contains(c.key(at + 1))) {
        at += 2; // "a diplomatic row is brewing between Germany and Spain"
      }
      String after = c.key(at);
      List<Clause.Span> parties = new ArrayList<>();
      if (after.equals("BETWEEN") || after.equals("INVOLVING")) {
        Clause.Span first = c.spanStartingAt(determinersAfter(c, at + 1));
        if (first != null) {
          parties.addAll(c.compound(first));
        }
      } else if (after.equals("WITH") && c.key(i - 1).equals("IN")) {
        List<Clause.Span> subjects = c.subjectBefore(i - 1);
        Clause.Span other = firstSpan(c, i + 2, 4); // "with a subsidiary of Britain's X"
        if (subjects.size() == 1 && other != null) {
          parties.add(subjects.get(0));
          parties.add(other);
        }
      }
      if (parties.size() != 2 || !(after.equals("WITH") || standingDispute(c, i))) {
        continue;
      }
      addBothWays(c, i, parties.get(0), parties.get(1), code, out, seen);
    }
  }

  /** Verbs by which a dispute arises or grows between parties. */
  private static final Set<String> BREWING =
      Inflection.forms(List.of("BREW", "ERUPT", "GROW", "ESCALATE", "MOUNT"), "GREW", "GROWN");

  /** Nouns of a dispute between parties, and what each party's part in it is coded. */
  private static final Map<String, String> DISPUTES =
      Map.of(
          "DISPUTE", "111",
          "ROW", "111",
          "FEUD", "111",
          "QUARREL", "111",
          "SPAT", "111",
          "TENSION", "110",
          "TENSIONS", "110");

  /**
   * True when the dispute at word {@code i} opens its clause as a noun phrase ("the recent trade
   * dispute between ..."), the subject of what follows, not the object of a verb or preposition.
   */
  private static boolean standingDispute(Clause c, int i) {
    int j = i - 1;
    while (j >= 0
        && (determiner(c.key(j))
            || DISPUTE_MODIFIERS.contains(c.key(j))
            || (!c.words.get(j).capitalized()
                && c.key(j).chars().allMatch(Character::isLetter)
                && !c.isVerbAt(j)
                && !preposition(c.key(j))
                && !clauseBreak(c.key(j))
                && !soft(c.key(j))))) {
      j--;
    }
    if (j > 0 && DISPUTE_SETTINGS.contains(c.key(j)) && !SETTLING.contains(c.key(j - 1))) {
      return true; // "contributed to a diplomatic dispute between", "amid the row between"
    }
    return j < 0 || clauseBreak(c.key(j)) || c.key(j).equals(",") || c.key(j).equals("THAT");
  }

  /** Prepositions that place an act within a dispute going on: "amid", "contributed to". */
  private static final Set<String> DISPUTE_SETTINGS = Set.of("AMID", "AMIDST", "DURING", "TO");

  /** Words of ending a dispute before its preposition: "an end to", "a solution to". */
  private static final Set<String> SETTLING =
      Set.of("END", "SOLUTION", "SETTLEMENT", "RESOLUTION", "CLOSE", "STOP", "HALT");

  /** Modifiers of a dispute noun that a capital may start: "Recent", "Trade". */
  private static final Set<String> DISPUTE_MODIFIERS =
      Set.of("RECENT", "TRADE", "DIPLOMATIC", "BITTER", "GROWING", "ESCALATING", "LATEST");

  /**
   * "Talks between China and Portugal have ended", "a meeting between Putin and Obama": a meeting
   * named by its noun, with its two parties after "between", is a meeting of each with the other
   * (046 for talks and negotiations, 040 for meetings and summits); so is "Poland's talks with the
   * World Bank and the IMF"; one still to be held ("will", "scheduled", "planned", "next") is an
   * intent to meet (036).
   */
  private void meetingsBetween(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (int i = 0; i < c.words.size(); i++) {
      String code = ClauseWords.MEETING_NOUNS.get(c.key(i));
      boolean agreement = code == null && AGREEMENT_NOUNS.contains(c.key(i));
      if (code == null && !agreement) {
        continue;
      }
      if (!agreement && datesTheSentence(c, i)) {
        continue; // "Following weekend talks here between Japanese and British officials Lawson
        // told reporters": the talks only date what was said
      }
      if (agreement) {
        if (!signedBefore(c, i)) {
          continue; // "the treaty between the U.S. and the Soviet Union bans": no act of now
        }
        code = "057"; // "an agreement signed yesterday between India and Britain"
      }
      Clause.Span first;
      Clause.Span second;
      List<Clause.Span> group = null; // three or more parties, each meeting each other
      Clause.Span owner = agreement ? null : possessorBefore(c, i);
      if (owner == null) {
        owner = subjectInMeeting(c, i);
      }
      Clause.Span partner = owner == null ? null : partnerWith(c, i);
      if (owner == null && !agreement) {
        // "Stoltenberg said the meeting on Monday with Baker underscored": the speaker met Baker
        owner = reporterOf(c, i);
        partner = owner == null ? null : partnerWith(c, i);
        if (partner == null) {
          owner = null;
        }
      }
      if (owner != null
          && partner == null
          && !agreement
          && possessorBefore(c, i) == null
          && !c.key(openerOf(c, i)).equals("FOR")) {
        // "Stoltenberg and Baker reaffirmed their commitment at a secret meeting": the two met;
        // a summit, or a meeting of many, named as where they agreed is its background
        List<Clause.Span> met = c.compound(owner);
        if (met.size() == 2
            && !c.key(i).equals("SUMMIT")
            && !prospectBefore(c, i)
            && !toComeBetween(c, met.get(met.size() - 1).to(), i)) {
          for (Clause.Span a : met) {
            for (Clause.Span b : met) {
              if (a != b && !a.mention().country().equals(b.mention().country())) {
                addAt(c, i, a.mention(), b.mention(), code, Modality.ASSERTED, out, seen);
              }
            }
          }
          continue;
        }
      }
      int at = c.spanIndexAt(i);
      int before =
          at >= 0 && c.spans.get(at).from() > 0 ? c.spanIndexAt(c.spans.get(at).from() - 1) : -1;
      if (before >= 0 && Clause.pairedWith(c.spans.get(before), c.spans.get(at))) {
        first = c.spans.get(before); // "Soviet-American talks", "U.S.-Japanese talks"
        second = c.spans.get(at);
      } else if (owner != null && partner != null) {
        first = owner; // "Poland's talks in Washington with the World Bank"
        second = partner;
      } else {
        int between = betweenAfter(c, i); // "a summit in Ottawa next month between X and Y"
        if (between < 0) {
          continue;
        }
        List<Clause.Span> parties = partiesAfter(c, between);
        if (parties.size() > 2) { // "a meeting between Baker, Poehl and Stoltenberg"
          group = parties;
          first = parties.get(0);
          second = parties.get(1);
        } else {
          first = c.spanStartingAt(between + 1);
          int and = first == null ? -1 : c.afterOwnedName(c.afterParenthesis(first.to()));
          if (and < 0 || !c.key(and).equals("AND")) {
            continue;
          }
          second = c.spanStartingAt(and + 1);
          if (second == null) {
            continue;
          }
        }
      }
      if (prospectBefore(c, i)) {
        continue; // "prospects appear slim for a summer meeting between": none held
      }
      int opener = openerOf(c, i);
      if (first == owner && c.key(opener).equals("FOR")) {
        if (opener > 0 && c.isVerbAt(opener - 1)) {
          continue; // "Japan pressed for talks with the U.S.": the verb's own event
        }
        // "Shultz arrived in Moscow for talks with Soviet leaders": the visitor's intent to meet
        for (Clause.Span other : c.compound(second)) {
          if (!other.mention().country().equals(first.mention().country())
              && !stateless(other.mention())) {
            addAt(c, i, first.mention(), other.mention(), "036", Modality.PLANNED, out, seen);
          }
        }
        continue;
      }
      Modality modality = Modality.ASSERTED;
      if (!agreement && meetingAhead(c, i, second.to())) {
        modality = Modality.PLANNED;
        code = "036";
      }
      if (group != null) {
        for (Clause.Span a : group) {
          for (Clause.Span b : group) {
            if (a != b
                && !a.mention().country().equals(b.mention().country())
                && !stateless(a.mention())
                && !stateless(b.mention())) {
              addAt(c, i, a.mention(), b.mention(), code, modality, out, seen);
            }
          }
        }
        continue;
      }
      for (Clause.Span other : c.compound(second)) { // "with the World Bank and the IMF"
        boolean own = // "talks between the Philippines and its bank advisory committee"
            other.mention().country().equals(first.mention().country())
                && (other.mention().resolved() || first.mention().resolved());
        if (other != first && !stateless(other.mention()) && !own) {
          addAt(c, i, first.mention(), other.mention(), code, modality, out, seen);
          addAt(c, i, other.mention(), first.mention(), code, modality, out, seen);
        }
      }
    }
  }

  /** Words after a meeting noun that put it ahead: "talks in Geneva tomorrow", "next week". */
  private static final Set<String> AHEAD =
      Set.of("WILL", "SCHEDULED", "PLANNED", "NEXT", "TOMORROW", "UPCOMING", "COMING");

  /**
   * Words before a meeting noun that put it ahead when they govern it: "would offer ... at talks".
   */
  private static final Set<String> FUTURE_MODALS = Set.of("WILL", "WOULD", "SHALL", "'LL");

  /** Words before a meeting noun that put it behind what the clause's modal governs. */
  private static final Set<String> BEHIND = Set.of("AFTER", "FOLLOWING", "SINCE", "DURING");

  /**
   * Whether the meeting named at {@code i} (its last party ending at {@code end}) is still to be
   * held: "talks with the Soviet Union in Geneva tomorrow", "a meeting later this month between",
   * "the United States would offer a draft treaty at talks with".
   */
  private static boolean meetingAhead(Clause c, int i, int end) {
    for (int j = i + 1; j < Math.min(c.words.size(), end + 10); j++) {
      String k = c.key(j);
      if (AHEAD.contains(k)
          || (k.equals("LATER") && j + 1 < c.words.size() && c.key(j + 1).equals("THIS"))) {
        return true;
      }
      if (clauseBreak(k)) {
        break;
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
      String k = c.key(j);
      if (BEHIND.contains(k) || clauseBreak(k) || k.equals(",")) {
        return false;
      }
      if (FUTURE_MODALS.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns and adjectives that make what follows them a mere prospect: "prospects for a meeting", "a
   * good chance that the two will agree".
   */
  private static final Set<String> PROSPECTS =
      Set.of(
          "PROSPECT",
          "PROSPECTS",
          "CHANCE",
          "CHANCES",
          "POSSIBLE",
          "POSSIBILITY",
          "PROPOSED",
          "POTENTIAL",
          "HOPES",
          "HOPE");

  private static boolean prospectBefore(Clause c, int i) {
    for (int j = Math.max(0, i - 6); j < i; j++) {
      if (PROSPECTS.contains(c.key(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a modal of what is still to come or only possible stands among words [from, to):
   * "Britain and France will make a strong plea in high-level meetings today".
   */
  private static boolean toComeBetween(Clause c, int from, int to) {
    for (int j = Math.max(0, from); j < to; j++) {
      String k = c.key(j);
      if (k.equals("WILL") || k.equals("SHALL") || ClauseWords.POSSIBLE.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that open a meeting its clause's subject stands in ("during talks with", "after") or
   * comes for ("arrived in Moscow for talks with").
   */
  private static final Set<String> MEETING_OPENERS =
      Set.of("IN", "DURING", "AT", "AFTER", "FOLLOWING", "FOR");

  /**
   * "Japan agreed in talks with the U.S.", "Iraq said during talks with Jordan", "he spoke to
   * reporters after talks with Turkey's ambassador": the subject of the clause that stands in the
   * meeting, when "in", "during", "at", "after" or "following" opens the meeting noun's phrase.
   */
  private static Clause.Span subjectInMeeting(Clause c, int i) {
    int j = openerOf(c, i);
    String k = c.key(j);
    if (j <= 0 || !MEETING_OPENERS.contains(k)) {
      return null;
    }
    int end = j; // "he said during talks", "told reporters after meeting"
    for (int b = j - 1; b > 0 && b >= j - 2; b--) {
      if (ClauseWords.SPEECH.contains(c.key(b))) {
        end = b;
        break;
      }
    }
    if (c.spanIndexAt(end - 1) < 0 && ClauseWords.PRONOUNS.contains(c.key(end - 1))) {
      return null; // "he told reporters after meeting": one who is not named
    }
    List<Clause.Span> subjects = c.subjectBefore(end);
    if (subjects.isEmpty() || stateless(subjects.get(0).mention())) {
      return null;
    }
    Clause.Span subject = subjects.get(0);
    for (int b = subject.from() - 1; b >= 0 && !clauseBreak(c.key(b)); b--) {
      if (c.isVerbAt(b)) {
        return null; // "a team will visit Washington for talks": the place visited, no subject
      }
    }
    return subject;
  }

  /**
   * The speaker who reports meeting noun {@code i}'s phrase: "Stoltenberg said the meeting on
   * Monday with", "talks this week with Norway had helped, de Clercq said"; else null.
   */
  private static Clause.Span reporterOf(Clause c, int i) {
    int j = i - 1;
    while (j > 0
        && i - j <= 4
        && !ClauseWords.SPEECH.contains(c.key(j))
        && !MEETING_OPENERS.contains(c.key(j))
        && (determiner(c.key(j)) || lowerWord(c, j))) {
      j--;
    }
    if (j > 0 && c.key(j).equals("THAT")) {
      j--;
    }
    List<Clause.Span> speakers =
        j < 0 || (j == 0 && !ClauseWords.SPEECH.contains(c.key(0)))
            ? c.speakersAtEnd(i)
            : ClauseWords.SPEECH.contains(c.key(j)) ? c.speakersBefore(j + 1) : List.of();
    return speakers.isEmpty() || stateless(speakers.get(0).mention()) ? null : speakers.get(0);
  }

  /**
   * The index of the word that opens meeting noun {@code i}'s phrase, over at most two determiners
   * or adjectives ("during the first talks"); a meeting opener there or not.
   */
  private static int openerOf(Clause c, int i) {
    int j = i - 1;
    while (j > 0
        && i - j <= 3
        && !MEETING_OPENERS.contains(c.key(j))
        && (determiner(c.key(j)) || lowerWord(c, j))) {
      j--;
    }
    return Math.max(j, 0);
  }

  private static boolean lowerWord(Clause c, int j) {
    return !c.words.get(j).capitalized()
        && c.spanIndexAt(j) < 0
        && c.lettersOnly(j) // "a hastily-called meeting"
        && !preposition(c.key(j))
        && !c.isVerbAt(j);
  }

  /**
   * The index of "between" right after meeting noun {@code i} or after a place and a time ("a
   * summit in Ottawa next month between"), else -1.
   */
  private static int betweenAfter(Clause c, int i) {
    for (int j = i + 1; j < Math.min(c.words.size() - 1, i + 7); j++) {
      String k = c.key(j);
      if (k.equals("BETWEEN")) {
        return j;
      }
      if (clauseBreak(k)
          || !(preposition(k)
              || c.words.get(j).capitalized()
              || time(k)
              || be(k)
              || HOLDING.contains(k))) {
        return -1;
      }
    }
    return -1;
  }

  /** The parties after "between" at {@code between} when there are two or more, else none. */
  private static List<Clause.Span> partiesAfter(Clause c, int between) {
    Clause.Span first = between < 0 ? null : c.spanStartingAt(between + 1);
    List<Clause.Span> all = first == null ? List.of() : c.compound(first);
    return all.size() > 1 ? all : List.of();
  }

  /**
   * Verb forms by which a meeting is held or an agreement made: "talks were held between", "will
   * begin between", "an agreement signed between".
   */
  private static final Set<String> HOLDING =
      Set.of(
          "HELD",
          "BEING",
          "BEEN",
          "BE",
          "WILL",
          "TO",
          "BEGIN",
          "BEGAN",
          "RESUMED",
          "OPENED",
          "SIGNED",
          "REACHED",
          "CONCLUDED",
          "HERE");

  /**
   * True when "signed", "reached" or "concluded" follows agreement noun {@code i} before "between".
   */
  private static boolean signedBefore(Clause c, int i) {
    int between = betweenAfter(c, i);
    for (int j = i + 1; j < between; j++) {
      String k = c.key(j);
      if (k.equals("SIGNED") || k.equals("REACHED") || k.equals("CONCLUDED")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of agreements whose parties follow "between": signed by both (057). */
  private static final Set<String> AGREEMENT_NOUNS =
      Set.of("AGREEMENT", "ACCORD", "TREATY", "PACT", "CONTRACT");

  private static boolean time(String key) {
    return ClauseWords.TIME_WORDS.contains(key) || ClauseWords.CALENDAR_WORDS.contains(key);
  }

  /** The actor whose meeting noun {@code i} is: "Poland's talks", "the minister's meeting". */
  private static Clause.Span possessorBefore(Clause c, int i) {
    int j = i - 1;
    while (j > 0 && ClauseWords.MEETING_ADJECTIVES.contains(c.key(j))) {
      j--; // "Poland's fresh talks"
    }
    if (j < 1 || !c.key(j).equals("'S")) {
      return null;
    }
    int at = c.spanIndexAt(j - 1);
    return at >= 0 && !stateless(c.spans.get(at).mention()) ? c.spans.get(at) : null;
  }

  /** The actor after "with" a few words after meeting noun {@code i}: "talks in Bonn with X". */
  private static Clause.Span partnerWith(Clause c, int i) {
    if (c.key(i).equals("MEETING") && MEETING_OPENERS.contains(c.key(i - 1))) {
      Clause.Span met = c.spanStartingAt(i + 1); // "told reporters after meeting Funaro"
      if (met != null) {
        return stateless(met.mention()) ? null : met;
      }
    }
    for (int j = i + 1; j < Math.min(c.words.size() - 1, i + 6); j++) {
      String k = c.key(j);
      if (k.equals("WITH")) {
        int at = determinersAfter(c, j + 1);
        int span = at < c.words.size() ? c.spanIndexAt(at) : -1;
        return span >= 0 && !stateless(c.spans.get(span).mention()) ? c.spans.get(span) : null;
      }
      if (clauseBreak(k)
          || !(preposition(k)
              || c.spanIndexAt(j) >= 0
              || c.words.get(j).capitalized()
              || time(k)
              || k.equals("HERE"))) {
        return null; // "in talks here today with Lawson" reaches its partner
      }
    }
    return null;
  }

  /**
   * Codes one verb; {@code forced}, when not null, is the code to give it in place of its
   * dictionary's ("agreed to develop plans": 030, an intent to cooperate).
   */
  private void code(
      Clause c,
      Clause.Verb v,
      List<Clause.Span> subjects,
      List<CodedEvent> out,
      Set<String> seen,
      String forced) {
    if (c.wishFor(v)) {
      if (forced != null || !c.appealedAct(v)) {
        return; // "Obama wants Putin to attack X": a wish for another's act, neither's event
      }
      forced = "020"; // "Britain wants Japan to agree a timetable": asked of Japan, an appeal
    }
    if (c.demanded(v)) {
      return; // "Russia demanded that Ukraine withdraw": asked for, not done
    }
    if (ClauseWords.WISHES.contains(c.key(v.at()))
        && c.key(v.end()).equals("TO")
        && c.key(v.end() + 1).equals("SEE")) {
      return; // "he wanted to see stronger Japanese demand": a wish for a state of affairs
    }
    Clause.Match best = c.bestMatch(v);
    String pair = forced != null ? forced : best.code() == null ? "---" : best.code();
    if (forced == null && best.pattern() == null && committedToUnknownAct(c, v)) {
      pair = "030"; // "agreed to charter tankers": an intent, though the act has no code
    }
    int colon = pair.indexOf(':');
    String code = valid(colon < 0 ? pair : pair.substring(0, colon));
    String reverse = colon < 0 ? null : valid(pair.substring(colon + 1));
    if ("043".equals(reverse) && "042".equals(code)) {
      reverse = null; // "visited Tokyo": the visit is the event; the host's hosting is not coded
    }
    if (best.sense().lemma().equals("DENY")
        && c.key(v.end()).endsWith("ING")
        && c.verbForm(c.key(v.end()))) {
      code = "016"; // "Japan denied breaking a pact with the U.S.": denies responsibility
      reverse = null;
    }
    if (best.sense().block().equals("ESTIMATE") && figureAfter(c, v.end())) {
      return; // "Taiwanese investment in the U.S. totalled 46 mln dlrs": a figure, no statement
    }
    if (JUDGING.contains(best.sense().lemma()) && c.judgedAs(v)) {
      return; // "Baker considered Tokyo's package to be a major stimulation": an opinion
    }
    if (best.sense().lemma().equals("ORDER") && v.end() < c.words.size() && c.number(v.end())) {
      return; // "Australia has ordered 10 million doses": a purchase, not a command
    }
    if (best.sense().lemma().equals("MEET") && metStandard(c, v)) {
      return; // "Argentina has met IMF requirements": a standard satisfied, no meeting
    }
    if (MONITORING.contains(c.key(v.at())) && c.mediaNear(v)) {
      return; // "Tehran radio, monitored by the BBC, said": a broadcast heard, no inquiry
    }
    if (ClauseWords.EXAMINING.contains(best.sense().lemma())
        && c.key(v.end()).endsWith("ING")
        && c.verbForm(c.key(v.end()))) {
      return; // "is considering buying a U.S.-built supercomputer": the purchase under study
    }
    if (ClauseWords.EXAMINING.contains(best.sense().lemma())
        && objectHeadedBy(c, v, ClauseWords.PAPERS, true, 5)) {
      return; // "will re-examine a letter from Nakasone", "would review EC proposals": a reading
    }
    if ("170".equals(code) && best.sense().lemma().equals("IMPOSE") && sanctionsBefore(c, v)) {
      code = "163"; // "the tough trade sanctions President Reagan imposed on Japanese exports"
    }
    if (best.pattern() == null && objectHeadedBy(c, v, STATISTICS, false, 4)) {
      return; // "increased its estimate of grain purchases by the Soviet Union": a figure revised
    }
    if ((code == null || !hostile(code))
        && TRANSFER_VERBS.contains(best.sense().lemma())
        && humanitarianObject(c, v)) {
      code = "073"; // "sending 4,000 marines to Haiti for the earthquake relief effort"
      reverse = null;
    }
    if (code == null && reverse == null) {
      return;
    }
    if (code != null
        && code.startsWith("04")
        && best.sense().lemma().equals("RETURN")
        && !official(subjects)) {
      return; // "an adult from Fulham who returned from Mexico": a traveller, not a state visit
    }
    boolean departure = // "Howard, who left Tokyo yesterday for South Korea": he was in Japan
        code != null
            && code.equals("040")
            && best.sense().lemma().equals("LEAVE")
            && !c.key(v.end()).equals("FOR");
    if (reverse == null
        && code != null
        && code.startsWith("04")
        && ClauseWords.MUTUAL_VERBS.contains(VerbLexicon.words(best.sense().lemma()).get(0))) {
      reverse = code; // "X met Y": Y met X as well
    }
    List<Clause.Span> sources;
    List<Clause.Span> targets;
    boolean unknownSource = false;
    boolean victimOfAttack =
        !v.passive() && violence(code) && VICTIM_VERBS.contains(best.sense().lemma());
    Clause.Span attacker = victimOfAttack ? c.attackerIn(v, nominal) : null;
    if (best.sense().block().equals("PREDICATE")) {
      Clause.Span owner = c.possessorAfter(v);
      if (owner == null || subjects.isEmpty()) {
        return;
      }
      sources = List.of(owner);
      targets = subjects;
    } else if (v.passive()) {
      targets = c.predicateOfClaim(v) ? List.of() : subjects;
      String main = code != null ? code : reverse;
      Clause.Span agent = c.agentOfPassive(v, stateAct(main), violence(main));
      if (agent == null && violence(main)) {
        agent = c.attackerIn(v, nominal); // "were killed in a US air strike": by the US
      }
      // "an agreement was signed here yesterday between India and Britain": both its agents
      sources = agent == null ? partiesAfter(c, betweenAfter(c, v.end() - 1)) : c.compound(agent);
      unknownSource = agent == null && sources.isEmpty();
      if (targets.isEmpty() && agent != null) {
        // "sanctions were imposed on Iran by the United States": the object after the verb;
        // "evidence against Russia was presented by the US": the one the subject is aimed at
        Clause.Span t = c.objectOf(v, sources);
        if (t == null) {
          t = c.aimedAtInSubject(v);
        }
        targets = t == null ? List.of() : c.compound(t);
      }
      boolean meeting = main != null && main.startsWith("04");
      if ((targets.isEmpty() || (meeting && stateless(targets.get(0).mention())))
          && sources.size() > 1
          && (c.reciprocal(v, best.sense()) || meeting)) {
        // "the accord was signed by Nigeria's minister and French officials", "issues to be
        // discussed by the ministers from Bahrain, Kuwait and Oman": with each other
        targets = sources;
        if (visit(code)) {
          code = "040"; // "attended by representatives from Brazil, Mexico and ...": they met
        }
        reverse = null;
      }
      if (targets.isEmpty()) {
        return;
      }
    } else if (victimOfAttack && attacker == null && best.pattern() == null) {
      return; // "a woman infected with swine flu has died in Madrid": no one's act
    } else if (victimOfAttack && attacker != null && !subjects.isEmpty()) {
      // "five Pakistani soldiers died in an Indian artillery attack": India attacked them
      sources = c.compound(attacker);
      targets = subjects;
    } else {
      sources = subjects;
      if (sources.isEmpty()) {
        return;
      }
      Clause.Span t = c.objectOf(v, sources);
      if (best.target() != null
          && (t == null
              || !best.target().mention().country().equals(ActorMention.UNKNOWN_COUNTRY))) {
        t = best.target(); // the pattern's target, unless it is a weapon aimed at a named actor
      }
      boolean disagreement = DISAGREEING.contains(best.sense().lemma());
      if (t != null && disagreement && sources.size() > 1 && topicBefore(c, v.end(), t.from())) {
        // "Japan and the U.S. disagreed over the sale of rice to China": with each other, China
        // only in the topic ("X clashed over the efforts of Y" is with Y)
        t = null;
      }
      if (t != null
          && t != best.target()
          && sources.size() > 1
          && (c.placeAfterIn(t) || c.placeAfterOver(t))
          && c.reciprocal(v, best.sense())) {
        // "X and Y will meet in Zurich", "Britain and Japan agreed to operate flights over
        // Siberia": with each other, in or over a place
        t = null;
      }
      if (t != null
          && t != best.target()
          && code != null
          && PLACE_NO_PARTY.contains(code.substring(0, 2))
          && c.placeAfterIn(t)
          && !ClauseWords.IN_OBJECT_VERBS.contains(best.sense().lemma())) {
        // "attend a summit in Switzerland", "issued notes in London": the place where a statement
        // is made, a meeting or a deal held, is no party ("invested in China" is); "a joint
        // venture in London with U.S. firm X": the partner after the place is
        Clause.Span partner = c.key(t.to()).equals("WITH") ? c.spanStartingAt(t.to() + 1) : null;
        t = partner == null || stateless(partner.mention()) ? null : partner;
      }
      if (t != null
          && t != best.target()
          && code != null
          && code.startsWith("01")
          && c.subjectOfOwnClause(t)) {
        t = null; // "the U.S. announced recently Iran had emplaced missiles": Iran's act, told
      }
      if (t != null && t != best.target() && c.courtAfterIn(t)) {
        t = null; // "filed a lawsuit in U.S. district court against X": the court hears it
      }
      if (t == null && code != null && hostile(code)) {
        t = c.reporterOwningObject(v, sources); // "Iraq said Iran attacked its oil fields"
      }
      if (t != null
          && t != best.target()
          && code != null
          && (code.startsWith("05") || code.startsWith("08"))
          && c.goodsOrigin(t)) {
        t = null; // "authorised the export of 65,000 tonnes of French maize": no party
      }
      if (t != null
          && code != null
          && code.startsWith("06")
          && noTradePartner(c, best.sense().lemma(), t)) {
        if (t == best.target()) {
          return; // "sold tomatoes to U.S. markets": the sale's pattern names a place, no buyer
        }
        t = null;
      }
      if (t != null
          && t != best.target()
          && code != null
          && code.startsWith("06")
          && c.securities(t)) {
        t = null; // "the Japanese have sold U.S. equities": a market, not a partner
      }
      if (violence(code)
          && (t == null ? ATTACK_VERBS.contains(best.sense().lemma()) : stateless(t.mention()))) {
        Clause.Span place = c.placeStruck(v, sources); // "bombed rebel positions in Syria"
        t = place != null ? place : t;
      } else if (code != null && code.startsWith("07") && t == null) {
        t = c.placeStruck(v, sources); // "delivered aid supplies in Port-au-Prince": to Haiti
      }
      if (t != null
          && t != best.target()
          && sources.size() > 1
          && c.reciprocal(v, best.sense())
          && (c.key(t.to()).equals("'S") || c.modifier(t))
          && sameCountry(t, sources)) {
        t = null; // "Nigeria and Britain signed an agreement to reschedule Nigeria's debts"
      }
      targets = t == null ? List.of() : c.compound(t);
      if (targets.isEmpty()
          && sources.size() > 1
          && !(code != null && code.startsWith("08"))
          && (disagreement || c.reciprocal(v, best.sense()))) {
        // "X and Y renewed ties": with each other; "are abiding by the Paris accord" yields to
        // the accord, not to one another
        targets = sources;
        if (visit(code)) {
          code = "040"; // no visit among themselves, a meeting
          reverse = null;
        } else if ("010".equals(code)) {
          code = "040"; // "Obama and Cameron talk at the summit": they consult, no statement
        } else if (best.sense().lemma().equals("AGREE") && c.key(v.end()).equals("THAT")) {
          code = "019"; // "the Philippines and the EU agree that disputes should be ...": accord
        }
      }
    }
    int start = c.clauseStart(v);
    String opener = start >= 0 ? c.key(start) : ""; // "whether", "if", "before"
    int from = start + 1;
    for (Clause.Span s : subjects) {
      if (s.to() <= v.at()) {
        from = Math.max(from, s.to());
      }
    }
    if (best.sense().lemma().equals("CALL")
        && best.pattern() == null
        && !targets.isEmpty()
        && c.namedAs(targets.get(targets.size() - 1))) {
      return; // "has called China a pivotal player": naming it, no telephone call
    }
    if (best.sense().lemma().equals("JOIN") && !targets.isEmpty() && c.joinedIn(targets)) {
      return; // "the UK joined Canada and the US in reporting transmission": alongside them
    }
    if ("171".equals(code)
        && ((!sources.isEmpty() && allBusinesses(sources))
            || (!targets.isEmpty() && allBusinesses(targets)))) {
      code = "061"; // "Akzo agreed to take over the French company Rhone-Poulenc": an acquisition
    }
    if ("171".equals(code)
        && best.pattern() == null
        && best.sense().lemma().equals("TAKE")
        && !targets.isEmpty()
        && targets.stream().allMatch(t -> t.mention().code().length() <= 3)) {
      // "took more Cuban sugar", "the legal action it can take to press for Japanese reform": a
      // bare "take" seizes people (an agent's role: "took Kuwaiti soldiers"), not goods or steps
      return;
    }
    if (violence(code) && reverse == null && !sources.isEmpty() && allUnarmed(sources)) {
      return; // "the virus, which the World Health Organization named, has killed scores"
    }
    Modality modality = c.denied(v, subjects) ? Modality.NEGATED : c.modality(v, from);
    if (modality == Modality.ASSERTED && hostedVisit(c, v, best, sources, targets, out, seen)) {
      return;
    }
    if (best.sense().lemma().equals("REMAIN") && modality == Modality.PLANNED) {
      return; // "the two nations will remain at odds as long as ...": a forecast of a state
    }
    if (code != null
        && code.startsWith("06")
        && TRADE_VERBS.contains(best.sense().lemma())
        && modality != Modality.PLANNED
        && (c.tradeFigure(v) || (modality == Modality.ASSERTED && habitualTrade(c, v)))) {
      // "Saudi Arabia bought 500,000 tonnes of Spanish barley last year": a statistic; a plan
      // for a period is an intent ("will import 81,000 tonnes of wheat from Canada in 1987")
      return;
    }
    if (modality == Modality.NEGATED
        && code != null
        && code.startsWith("02")
        && triedToPersuade(c, v)) {
      modality = Modality.ASSERTED; // "Egypt has failed to persuade Washington": it appealed
    }
    if (modality != Modality.NEGATED && ClauseWords.QUESTIONS.contains(opener)) {
      modality = Modality.POSSIBLE; // "its ruling whether U.S. corn exports have injured growers"
    }
    if (modality != Modality.NEGATED
        && opener.equals("THAT")
        && start > 0
        && PROSPECTS.contains(c.key(start - 1))) {
      modality = Modality.POSSIBLE; // "a good chance that the U.S. and Mexico will agree"
    }
    if (code != null
        && code.startsWith("04")
        && (modality == Modality.ASSERTED
            || (modality == Modality.PLANNED && (visit(code) || departure)))
        && (opener.equals("BEFORE") || (departure && opener.equals("AFTER")))) {
      // "possibly before Nakasone leaves for Washington", "hours after Thatcher left the West
      // German capital", "to pass the budget before Nakasone leaves next week for the U.S.": a
      // time, no visit reported
      return;
    }
    if (departure) {
      code = "042"; // leaving a country one has visited
      reverse = null;
      Clause.Span next = targets.isEmpty() ? null : destinationAfter(c, targets.get(0));
      for (Clause.Span s : next == null ? List.<Clause.Span>of() : sources) {
        if (!stateless(s.mention()) && !s.mention().country().equals(next.mention().country())) {
          // "Baker had already left West Germany for Sweden": a visit to the next country too
          addAt(c, v.at(), s.mention(), next.mention(), "042", modality, out, seen);
        }
      }
    }
    if ("140".equals(code) && !sources.isEmpty() && allStates(sources)) {
      // "Indonesia has protested against the EC plan": a state's protest is an official
      // complaint (114), not the political dissent of citizens (140)
      code = "114";
    }
    boolean negated = modality == Modality.NEGATED;
    if (modality != Modality.NEGATED && c.intended(v, from)) {
      String stated = intent(code); // "will meet": an intent to meet (036), not a meeting
      if (stated != null && !stated.equals(code)) {
        // "officials of MITI would hold technical talks with U.S. officials": talks to come are
        // each side's intent; a visit to come is the visitor's alone
        boolean talks = code.startsWith("04") && !visit(code) && reverse != null;
        // "Cuba was willing to talk to the US": a readiness is the subject's alone
        boolean readiness =
            v.at() >= 2
                && c.key(v.at() - 1).equals("TO")
                && ClauseWords.READINESS.contains(c.key(v.at() - 2));
        code = stated;
        reverse = talks && !readiness ? stated : null;
      }
    }
    if (modality == Modality.POSSIBLE
        && code != null
        && code.startsWith("13")
        && c.key(v.at() - 1).equals("WOULD")) {
      // "the community would retaliate against U.S. exports if the bill is approved": the
      // consequence a party says it would bring about is a threat made
      modality = Modality.ASSERTED;
    }
    if (modality == Modality.POSSIBLE
        && code != null
        && coercive(code)
        && !targets.isEmpty()
        && conditionAfter(c, v)) {
      // "Britain may revoke the licences of Japanese banks if progress is not made": a coercive
      // act held out on a condition is a threat (131) made now
      code = intent(code);
      reverse = null;
      modality = Modality.ASSERTED;
    }
    double confidence =
        0.45 + (best.pattern() != null ? 0.25 : 0.0) + (targets.isEmpty() ? 0.0 : 0.15);
    if (unknownSource) {
      confidence -= 0.2;
    }
    Word trigger = c.words.get(v.at());
    List<ActorMention> src = new ArrayList<>();
    for (Clause.Span s : sources) {
      src.add(s.mention());
    }
    if (src.isEmpty()) {
      int b = c.offset(trigger.begin());
      src.add(
          new ActorMention(
              c.sentence.index(), b, b, "", ActorMention.UNKNOWN_COUNTRY, "unknown", false));
    }
    for (ActorMention s : src) {
      boolean any = false;
      for (Clause.Span t : targets) {
        if (sameActor(s, t.mention())) {
          continue;
        }
        any = true;
        if (code != null) {
          add(c, v, trigger, s, t.mention(), code, modality, negated, confidence, out, seen);
        }
        if (reverse != null && s.end() > s.begin()) {
          add(c, v, trigger, t.mention(), s, reverse, modality, negated, confidence, out, seen);
        }
      }
      if (!any && !unknownSource && best.pattern() != null && code != null) {
        add(c, v, trigger, s, null, code, modality, negated, confidence - 0.15, out, seen);
      }
    }
  }

  /**
   * True when verb {@code v} follows "failed to" or "failure to" with nothing between: an appeal
   * that did not persuade was still made ("has failed to persuade Washington to reduce rates").
   */
  private static boolean triedToPersuade(Clause c, Clause.Verb v) {
    if (v.at() < 2 || !c.key(v.at() - 1).equals("TO")) {
      return false;
    }
    String k = c.key(v.at() - 2);
    return k.startsWith("FAIL")
        && (k.equals("FAILURE") || ClauseWords.NEGATING_CATENATIVES.contains(k));
  }

  /** True for the codes of coercion and force (16-20), whose intent codes are threats (13). */
  private static boolean coercive(String code) {
    String root = code.substring(0, 2);
    return root.compareTo("16") >= 0 && root.compareTo("20") <= 0;
  }

  /**
   * True when "if" or "unless" opens a clause after verb {@code v} and before the sentence ends,
   * with no report between ("may revoke the licences ... if progress is not made").
   */
  private static boolean conditionAfter(Clause c, Clause.Verb v) {
    for (int j = v.end(); j < c.words.size(); j++) {
      String k = c.key(j);
      if (k.equals("IF") || k.equals("UNLESS")) {
        return true;
      }
      if (ClauseWords.SPEECH.contains(k) || k.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The state named after "for" right after the place left ("left Tokyo yesterday for South
   * Korea"), within three words, else null.
   */
  private static Clause.Span destinationAfter(Clause c, Clause.Span left) {
    for (int j = left.to(); j < Math.min(c.words.size() - 1, left.to() + 3); j++) {
      if (c.key(j).equals("FOR")) {
        Clause.Span next = c.spanStartingAt(determinersAfter(c, j + 1));
        return next == null || stateless(next.mention()) ? null : next;
      }
      if (clauseBreak(c.key(j)) || c.isVerbAt(j)) {
        return null;
      }
    }
    return null;
  }

  /**
   * True when what "meet" takes within five words is a standard, not a party: "met IMF
   * requirements", "meet the targets", "to meet its debt payments".
   */
  private static boolean metStandard(Clause c, Clause.Verb v) {
    for (int j = v.end(); j < Math.min(c.words.size(), v.end() + 5); j++) {
      String k = c.key(j);
      if (STANDARDS.contains(k)) {
        return true;
      }
      if (clauseBreak(k) || preposition(k) || (j > v.end() && c.isVerbAt(j))) {
        return false;
      }
    }
    return false;
  }

  /** Nouns of what is met as a standard: requirements, targets, demands, deadlines. */
  private static final Set<String> STANDARDS =
      Set.of(
          "REQUIREMENT",
          "REQUIREMENTS",
          "CONDITION",
          "CONDITIONS",
          "TARGET",
          "TARGETS",
          "DEMAND",
          "DEMANDS",
          "CRITERIA",
          "DEADLINE",
          "DEADLINES",
          "OBLIGATIONS",
          "COMMITMENTS",
          "TERMS",
          "STANDARDS",
          "GOALS",
          "NEEDS",
          "QUOTA",
          "QUOTAS",
          "PAYMENTS",
          "EXPECTATIONS");

  /**
   * True when a trade verb is in the simple present ("Taiwan imports all its soybeans from the
   * United States", "Japan, which buys an average 180,000 barrels per day"): a standing pattern of
   * trade, not an act of the news.
   */
  private static boolean habitualTrade(Clause c, Clause.Verb v) {
    String k = c.key(v.at());
    return v.at() + 1 == v.end()
        && k.endsWith("S")
        && !k.endsWith("SS")
        && !c.key(v.at() - 1).equals("TO")
        && !Clause.AUXILIARIES.contains(c.key(v.at() - 1));
  }

  /** Verbs of trade, whose totals over a period are statistics, not acts. */
  private static final Set<String> TRADE_VERBS =
      Set.of("BUY", "PURCHASE", "ACQUIRE", "IMPORT", "EXPORT", "SELL", "SHIP", "SUPPLY");

  /**
   * True when the actor a trade verb's object names is no partner: "it sold 11,841 U.S. cars" (the
   * goods' origin after a sale), "increased the size of export tenders for British feed wheat"
   * (goods after "for"), "softwood shipped to U.S. markets" (a market, a place).
   */
  private static boolean noTradePartner(Clause c, String lemma, Clause.Span t) {
    return (SALE_VERBS.contains(lemma)
            && (c.goodsOrigin(t) || (t.from() > 0 && c.number(t.from() - 1))))
        || (!TRADE_VERBS.contains(lemma) && c.key(t.from() - 1).equals("FOR") && c.modifiesNoun(t))
        || MARKETS.contains(c.key(t.to()));
  }

  /** Nouns of a market, a place where goods go, not a party that buys them. */
  private static final Set<String> MARKETS = Set.of("MARKET", "MARKETS");

  /** Trade verbs whose subject sells: the goods' origin names no buyer. */
  private static final Set<String> SALE_VERBS = Set.of("EXPORT", "SELL", "SHIP", "SUPPLY");

  /** Verbs of sending and giving, whose goods or purpose can make them humanitarian aid. */
  private static final Set<String> TRANSFER_VERBS =
      Set.of(
          "SEND",
          "DELIVER",
          "SUPPLY",
          "FLY",
          "SHIP",
          "AIRLIFT",
          "AIRDROP",
          "DROP",
          "PROVIDE",
          "RUSH",
          "DISPATCH",
          "DONATE",
          "GIVE",
          "CONTRIBUTE",
          "DEPLOY",
          "TRANSPORT");

  /**
   * Words of relief that make goods sent, or the purpose they are sent for, humanitarian: "flying
   * aid to Haiti", "dropped 14,000 meals", "troops for the earthquake relief effort".
   */
  private static final Set<String> HUMANITARIAN =
      Set.of(
          "AID",
          "RELIEF",
          "HUMANITARIAN",
          "FOOD",
          "MEALS",
          "MEDICINE",
          "MEDICINES",
          "MEDICAL",
          "TENTS",
          "BLANKETS",
          "SHELTER",
          "RESCUE",
          "RESCUERS",
          "EARTHQUAKE",
          "QUAKE",
          "VICTIMS",
          "SURVIVORS",
          "REFUGEES",
          "DISASTER",
          "EMERGENCY",
          "FLOOD",
          "FAMINE");

  /**
   * "The US is mounting one of the biggest relief operations to help victims of the earthquake in
   * Haiti", "co-ordinating efforts to help with the rescue operation in Haiti": a purpose of
   * helping, with words of relief, in another state names humanitarian aid to that state (073) from
   * the subject of the clause.
   */
  private void reliefPurpose(Clause c, List<CodedEvent> out, Set<String> seen) {
    for (Clause.Verb v : c.verbs) {
      if (!c.key(v.at()).equals("HELP") || !c.key(v.at() - 1).equals("TO")) {
        continue;
      }
      boolean relief = false;
      Clause.Span place = null;
      for (int j = v.end(); j < Math.min(c.words.size(), v.end() + 12) && place == null; j++) {
        String k = c.key(j);
        if (clauseBreak(k) || (c.isVerbAt(j) && !c.key(j).equals("HELP"))) {
          break;
        }
        relief |= HUMANITARIAN.contains(k);
        Clause.Span s = c.spanStartingAt(j);
        if (s != null && relief && c.key(j - 1).equals("IN") && !stateless(s.mention())) {
          place = s;
        }
      }
      Clause.Verb main = null; // the verb the purpose is of: "is mounting", "are co-ordinating"
      for (Clause.Verb u : c.verbs) {
        if (u.at() < v.at() - 1 && !u.skip()) {
          main = u;
        }
      }
      if (relief && place == null && main != null) {
        // "The US Army has been deployed in vast numbers in Haiti, both to help with the aid
        // effort": the place is the main verb's
        for (int j = main.end(); j < v.at() - 1 && place == null; j++) {
          Clause.Span s = c.spanStartingAt(j);
          if (s != null && c.key(j - 1).equals("IN") && !stateless(s.mention())) {
            place = s;
          }
        }
      }
      if (place == null || main == null) {
        continue;
      }
      for (Clause.Span s : c.subjects(main)) {
        if (!stateless(s.mention())
            && !s.mention().country().equals(place.mention().country())
            && !codedAlready(out, s, place, "07")) {
          addAt(c, v.at(), s.mention(), place.mention(), "073", Modality.ASSERTED, out, seen);
        }
      }
    }
  }

  /** True when a word of relief follows the verb in its clause, within twelve words. */
  private static boolean humanitarianObject(Clause c, Clause.Verb v) {
    for (int j = v.end(); j < Math.min(c.words.size(), v.end() + 12); j++) {
      String k = c.key(j);
      if (clauseBreak(k) || (j > v.end() && c.isVerbAt(j))) {
        return false;
      }
      if (HUMANITARIAN.contains(k) && c.spanIndexAt(j) < 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the actor is of the country of one of {@code sources}. */
  private static boolean sameCountry(Clause.Span t, List<Clause.Span> sources) {
    for (Clause.Span s : sources) {
      if (s.mention().country().equals(t.mention().country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Visits made, hosted or received (042 to 044), which have a direction that a meeting has not.
   */
  private static boolean visit(String code) {
    return code != null && (code.equals("042") || code.equals("043") || code.equals("044"));
  }

  /** Codes of conflict (roots 10 to 20), which words of relief do not make aid. */
  private static boolean hostile(String code) {
    return code.compareTo("10") >= 0;
  }

  /**
   * Verbs that name an attack whatever their object, which may be no actor ("bombed targets in
   * Syria"); "struck a conciliatory note in Seoul" is none.
   */
  private static final Set<String> ATTACK_VERBS =
      Set.of(
          "BOMB", "SHELL", "ATTACK", "RAID", "STRAFE", "BOMBARD", "INVADE", "KILL", "LAUNCH",
          "FIRE");

  /**
   * True when every source is an actor that bears no arms: a health body, the press, a business, a
   * school ("BP attacked its critics" is no use of force).
   */
  private static boolean allUnarmed(List<Clause.Span> sources) {
    for (Clause.Span s : sources) {
      String code = s.mention().code();
      boolean unarmed =
          code.startsWith("MNC")
              || (code.length() > 3
                  && (code.contains("HLH")
                      || code.contains("MED")
                      || code.endsWith("BUS")
                      || code.endsWith("EDU")
                      || code.endsWith("LEG")
                      || code.endsWith("JUD")
                      || code.endsWith("NGO")));
      if (!unarmed) {
        return false;
      }
    }
    return true;
  }

  /** True when every actor is a business: "the U.S. firm took over its Dutch rival". */
  private static boolean allBusinesses(List<Clause.Span> actors) {
    for (Clause.Span s : actors) {
      String code = s.mention().code();
      if (!code.startsWith("MNC") && !(code.length() > 3 && code.endsWith("BUS"))) {
        return false;
      }
    }
    return true;
  }

  /** Roots of statements, appeals, meetings and cooperation, which name no party by a place. */
  private static final Set<String> PLACE_NO_PARTY = Set.of("01", "02", "04", "05", "06");

  /**
   * Codes of acts that the authorities of the country where they happen perform: "was jailed in
   * Tajikistan", "were expelled in Moscow", "sanctions were lifted in Iran" (releases 08x, reduced
   * relations 16x, coercion 17x); not attacks, fights or protests, whose location names no agent.
   */
  static boolean stateAct(String code) {
    return code != null
        && (code.startsWith("08") || code.startsWith("16") || code.startsWith("17"));
  }

  /**
   * The CAMEO code of a stated intent to do what {@code code} codes: to meet (04x: 036), to
   * cooperate (05x: 032; 06x: 031x), to give aid (07x: 033x), to yield (08x: 035x), or a threat of
   * what is hostile (14x: 133; 16x: 131x; 17x: 137; 18x to 20x: 138). Other codes unchanged.
   */
  static String intent(String code) {
    if (code == null || code.length() < 2) {
      return code;
    }
    String sub = code.length() >= 3 ? code.substring(0, 3) : "";
    switch (code.substring(0, 2)) {
      case "04":
        return "036";
      case "05":
        return "032";
      case "06":
        return switch (sub) {
          case "061" -> "0311";
          case "062" -> "0312";
          case "063" -> "0313";
          case "064" -> "0314";
          default -> "031";
        };
      case "07":
        return switch (sub) {
          case "071" -> "0331";
          case "072" -> "0332";
          case "073" -> "0333";
          case "074" -> "0334";
          default -> "033";
        };
      case "08":
        return switch (sub) {
          case "081" -> "0351";
          case "082" -> "0352";
          case "083" -> "034";
          case "084" -> "0353";
          case "085" -> "0354";
          case "086" -> "0355";
          case "087" -> "0356";
          default -> "035";
        };
      case "14":
        return "133";
      case "16":
        return switch (sub) {
          case "162" -> "1311";
          case "163" -> "1312";
          case "161", "164" -> "1313";
          default -> "131";
        };
      case "17":
        return "137";
      case "18", "19", "20":
        return "138";
      default:
        return code;
    }
  }

  /**
   * True for an actor of no country: an unknown one, or a multinational company (CAMEO's MNC),
   * which the sentence does not tie to a state.
   */
  static boolean stateless(ActorMention m) {
    return m.country().equals(ActorMention.UNKNOWN_COUNTRY) || m.code().startsWith("MNC");
  }

  /**
   * True when both actors are the same state's: the country itself or its institutions (GOV, MIL,
   * COP, JUD, LEG, SPY), on the same side of the legislature. A state's dealings with its own
   * people (rebels, opposition, civilians) and between its legislature and its government are CAMEO
   * events; its other institutions' dealings with each other ("the court indicted ... Israeli
   * forces", "the government thanked China for China's aid") are not, and are mostly misreadings.
   */
  static boolean sameState(ActorMention s, ActorMention t) {
    return s.country().equals(t.country())
        && stateSide(s)
        && stateSide(t)
        && legislature(s) == legislature(t);
  }

  /**
   * The legislature deals with the executive as a party of its own: "Congress is pressuring Obama",
   * "Congress overrode the President's veto" are CAMEO events of one state.
   */
  private static boolean legislature(ActorMention m) {
    String code = m.code();
    for (int p = 3; p + 3 <= code.length(); p += 3) {
      if (code.startsWith("LEG", p)) {
        return true; // "USALEG", and the Phoenix dictionaries' "USAGOVLEG" for Congress
      }
    }
    return false;
  }

  private static boolean stateSide(ActorMention m) {
    String code = m.code();
    return code.length() == 3
        || STATE_ROLES.contains(code.substring(3, Math.min(6, code.length())));
  }

  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /** True when every subject is a state's or an organisation's official body or agent. */
  private static boolean official(List<Clause.Span> subjects) {
    if (subjects.isEmpty()) {
      return false;
    }
    for (Clause.Span s : subjects) {
      String code = s.mention().code();
      boolean igo = code.startsWith("IGO");
      if (!igo && (code.length() < 6 || !STATE_ROLES.contains(code.substring(3, 6)))) {
        return false;
      }
    }
    return true;
  }

  /** True when every source is a state itself, one of its authorities or an IGO. */
  private static boolean allStates(List<Clause.Span> sources) {
    for (Clause.Span s : sources) {
      String code = s.mention().code();
      boolean state = (code.length() == 3 && !stateless(s.mention())) || official(List.of(s));
      if (!state) {
        return false;
      }
    }
    return true;
  }

  /** Codes of attacks, fights and mass violence (18x, 19x, 20x). */
  /** Verbs of disagreeing, between their subjects or with the actor after "with". */
  private static final Set<String> DISAGREEING = Set.of("DIFFER", "DISAGREE", "CLASH", "QUARREL");

  /**
   * True when a preposition of a topic ("on", "over", "about") opens the words [from, to) with no
   * "with" among them: "differed on the proposed sale of U.S. equipment to Iran".
   */
  private static boolean topicBefore(Clause c, int from, int to) {
    boolean topic = false;
    for (int j = from; j < to; j++) {
      String k = c.key(j);
      if (k.equals("WITH")) {
        return false;
      }
      topic |= k.equals("ON") || k.equals("OVER") || k.equals("ABOUT");
    }
    return topic;
  }

  /** Verbs whose subject suffers the act: "died in an attack". */
  private static final Set<String> VICTIM_VERBS = Set.of("DIE", "PERISH");

  static boolean violence(String code) {
    return code != null
        && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20"));
  }

  private static boolean sameActor(ActorMention a, ActorMention b) {
    return a.code().equals(b.code()) || (a.begin() == b.begin() && a.end() == b.end());
  }

  private void add(
      Clause c,
      Clause.Verb v,
      Word trigger,
      ActorMention s,
      ActorMention t,
      String code,
      Modality modality,
      boolean negated,
      double confidence,
      List<CodedEvent> out,
      Set<String> seen) {
    // a party of a CAMEO dyad has a country (or is an IGO): "delegates", "the government" of no
    // named state leave the event one-sided
    if (t != null && stateless(t)) {
      t = null;
    }
    if (t != null && !s.country().startsWith("IGO") && sameState(s, t)) {
      t = null; // "the government thanked China for China's aid": no state deals with itself
    }
    if (s.end() > s.begin() && stateless(s)) {
      int b = c.offset(trigger.begin());
      s = new ActorMention(c.sentence.index(), b, b, "", s.code(), s.name(), false);
    }
    // one event a sentence for each dyad and code, as PETRARCH gives ("smashed four brigades,
    // killed 1,500 soldiers and destroyed 45 tanks": one use of force); one-sided ones per verb
    String key =
        t == null
            ? s.code() + "||" + code.substring(0, 2) + '|' + c.offset(c.words.get(v.at()).begin())
            : s.code() + '|' + t.code() + '|' + code;
    if (!seen.add(key)) {
      return;
    }
    int tb = c.offset(trigger.begin());
    int te = c.offset(c.words.get(v.end() - 1).end());
    int begin = Math.min(tb, s.end() > s.begin() ? s.begin() : tb);
    int end = te;
    if (t != null) {
      begin = Math.min(begin, t.begin());
      end = Math.max(end, t.end());
    }
    if (s.end() > s.begin()) {
      end = Math.max(end, s.end());
    }
    double conf = Math.max(0.05, Math.min(0.95, confidence));
    out.add(
        new CodedEvent(
            c.sentence.index(), begin, end, tb, te, s, t, code, modality, negated, conf));
  }

  /** The code itself when the codebook has it, else its nearest ancestor that it has, or null. */
  private String valid(String code) {
    if (code == null || code.isEmpty() || code.equals("---")) {
      return null;
    }
    for (String k = code; k.length() >= 2; k = k.substring(0, k.length() - 1)) {
      if (codebook.contains(k)) {
        return k;
      }
    }
    return null;
  }

  static boolean catenative(String key) {
    return CATENATIVES.contains(key);
  }

  static boolean modalCatenative(String key) {
    return MODAL_CATENATIVES.contains(key);
  }

  static boolean reporting(String lemma) {
    return REPORTING.contains(lemma);
  }

  static boolean clauseBreak(String key) {
    return CLAUSE_BREAKS.contains(key);
  }

  static boolean determiner(String key) {
    return DETERMINERS.contains(key);
  }

  static boolean preposition(String key) {
    return PREPOSITIONS.contains(key);
  }

  static boolean be(String key) {
    return BE.contains(key);
  }

  static boolean soft(String key) {
    return SOFT.contains(key) || (key.length() > 4 && key.endsWith("LY"));
  }

  private static final class Holder {
    static final PatternEventCoder STANDARD =
        new PatternEventCoder(VerbLexicon.standard(), EventCodebook.standard());
  }
}
