package org.annals.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.annals.actor.ActorDictionary;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.actor.DictionaryActorRecognizer;
import org.annals.event.CodedEvent;
import org.annals.event.EventCodebook;
import org.annals.event.EventCoder;
import org.annals.event.Modality;
import org.annals.event.PatternEventCoder;
import org.annals.text.Sentence;

/**
 * Measures actor recognition and event coding against PETRARCH validation records, at the level
 * event-data users compare sources: (source country, target country, CAMEO root).
 *
 * <p>A predicted event is a dyad of two actors named in the text (source and target) that the coder
 * does not mark as negated, as PETRARCH codes events; one-sided events (a source acting on no named
 * actor, or a passive with no agent, which annals keeps for its timeline) are counted apart.
 * Matching is per sentence, one predicted event per expected one. Expected codes that are not CAMEO
 * codes (test codes of PETRARCH's own validation verbs, such as 345 or 901) are left out. Also
 * counts the no-event sentences the coder gave any predicted event.
 *
 * <p>Planned events are scored as CAMEO codes them. annals keeps a planned event's own code ("will
 * make an official visit": 042, {@link Modality#PLANNED planned}); CAMEO codes an announced act as
 * an intention (03, "Express intent to meet or negotiate": 036) or, when it is conflictual, as a
 * threat (13: "will attack" is 138). A planned event is therefore compared under {@link
 * EventCodebook#intentCode its intent code}, except when records are scored with their own verb
 * dictionary: PETRARCH's unit-test records are the literal output of that dictionary, which codes a
 * verb the same whatever its tense ("is about to restore ties": 064). For the same reason possible
 * events (conditional or speculative: "may spur", "could join") count as predicted events only
 * there: CAMEO coders do not code hypothetical acts.
 *
 * <p>Records fall in two fixed halves by a hash of their id ({@link Half}): the coder's and the
 * recognizer's rules are developed on the {@link Half#DEV dev} half only, and the {@link
 * Half#HELD_OUT held-out} half measures how they carry over to sentences they were not written for.
 * The rules written before the split was introduced were developed on all records, so the held-out
 * figure starts as an optimistic estimate and becomes an honest one as rules change.
 *
 * <p>Not thread-safe (use one per thread); the recognizer and coder it wraps are.
 */
public final class EventEvaluator {

  /** A fixed half of the validation records, chosen by a hash of the record id. */
  public enum Half {
    /** The records rules are developed on. */
    DEV,
    /** The records kept to measure the rules on sentences they were not written for. */
    HELD_OUT;

    /** The half of a record: the parity of the CRC-32 of its id (UTF-8), stable across runs. */
    public static Half of(PetrarchRecord r) {
      return of(r.id());
    }

    /** The half of a record or document id: the parity of the CRC-32 of its UTF-8 bytes. */
    public static Half of(String id) {
      CRC32 crc = new CRC32();
      crc.update(id.getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() & 1) == 0 ? DEV : HELD_OUT;
    }

    /** The label printed for the half ("dev", "held-out"). */
    public String label() {
      return this == DEV ? "dev" : "held-out";
    }
  }

  private final ActorRecognizer actors;
  private final EventCoder coder;
  private final EventCodebook codebook = EventCodebook.standard();
  private final boolean intents;

  /** An evaluator that scores planned events under their CAMEO intent code. */
  public EventEvaluator(ActorRecognizer actors, EventCoder coder) {
    this(actors, coder, true);
  }

  /**
   * An evaluator; with {@code intents}, planned events are scored under their CAMEO intent code and
   * possible ones not at all, without it both under their own code (as a verb dictionary's literal
   * output is).
   */
  public EventEvaluator(ActorRecognizer actors, EventCoder coder, boolean intents) {
    this.actors = actors;
    this.coder = coder;
    this.intents = intents;
  }

  /**
   * An evaluator for the records of {@code dir}: the standard coder, and the standard actor
   * dictionaries plus the directory's own {@code *.actors.txt} and {@code *.agents.txt} (the
   * fictional actors of PETRARCH's unit tests), which take precedence.
   */
  public static EventEvaluator forDirectory(Path dir) throws IOException {
    return forDirectory(dir, false);
  }

  /**
   * As {@link #forDirectory(Path)}; with {@code ownVerbs}, the directory's {@code *.verbs.txt}
   * replace the shipped verb dictionary (PETRARCH's unit tests are coded with their own), and
   * planned events are scored under their own code, as that dictionary's output is.
   */
  public static EventEvaluator forDirectory(Path dir, boolean ownVerbs) throws IOException {
    EventCoder coder = EventCoder.standard();
    if (ownVerbs) {
      List<Reader> verbs = new ArrayList<>();
      for (Path f : dictionaries(dir, ".verbs.txt")) {
        verbs.add(Files.newBufferedReader(f, StandardCharsets.UTF_8));
      }
      try {
        coder = verbs.isEmpty() ? coder : PatternEventCoder.withVerbDictionaries(verbs);
      } finally {
        for (Reader r : verbs) {
          r.close();
        }
      }
    }
    List<Reader> extraActors = new ArrayList<>();
    List<Reader> extraAgents = new ArrayList<>();
    for (Path f : dictionaries(dir, ".actors.txt")) {
      extraActors.add(Files.newBufferedReader(f, StandardCharsets.UTF_8));
    }
    for (Path f : dictionaries(dir, ".agents.txt")) {
      extraAgents.add(Files.newBufferedReader(f, StandardCharsets.UTF_8));
    }
    try {
      ActorRecognizer recognizer =
          extraActors.isEmpty() && extraAgents.isEmpty()
              ? ActorRecognizer.standard()
              : new DictionaryActorRecognizer(ActorDictionary.withExtra(extraActors, extraAgents));
      boolean ownCoder = coder != EventCoder.standard();
      return new EventEvaluator(recognizer, coder, !ownCoder);
    } finally {
      for (Reader r : extraActors) {
        r.close();
      }
      for (Reader r : extraAgents) {
        r.close();
      }
    }
  }

  /** True when the directory has its own verb dictionary. */
  public static boolean hasOwnVerbs(Path dir) throws IOException {
    return !dictionaries(dir, ".verbs.txt").isEmpty();
  }

  private static List<Path> dictionaries(Path dir, String suffix) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path f : files) {
        if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)) {
          out.add(f);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The events the coder finds in a record's sentence. */
  public List<CodedEvent> code(PetrarchRecord r) {
    Sentence s = new Sentence(0, 0, r.text().length(), r.text());
    List<ActorMention> found = actors.find(r.text(), List.of(s), r.date());
    return found.isEmpty() ? List.of() : coder.code(s, found);
  }

  /** The score of one record. */
  public EventScore score(PetrarchRecord r) {
    return score(r, code(r));
  }

  /**
   * One record as scored: its expected events and the coder's, as (source country, target country,
   * root) keys, with the coder's events that are not scored (negated, hypothetical, one-sided)
   * apart; a planned event under the intent code it is scored with.
   *
   * @param expected the expected events that are CAMEO codes
   * @param predicted the coder's scored events
   * @param unscored the coder's negated, hypothetical and one-sided events, marked "not",
   *     "possible" and "one-sided"
   * @param score the record's score
   */
  public record Detail(
      PetrarchRecord record,
      List<String> expected,
      List<String> predicted,
      List<String> unscored,
      EventScore score) {}

  /** The record's expected and coded events and its score, for reading disagreements. */
  public Detail detail(PetrarchRecord r) {
    List<CodedEvent> events = code(r);
    List<String> predicted = new ArrayList<>();
    List<String> unscored = new ArrayList<>();
    for (CodedEvent e : events) {
      String code = scoredCode(e); // as scored: a plan under its intent code
      String k =
          key(e.source().code(), e.target() == null ? "" : e.target().code(), code) + ' ' + code;
      if (e.negated()) {
        unscored.add(k + " (not)");
      } else if (intents && e.modality() == Modality.POSSIBLE) {
        unscored.add(k + " (possible)");
      } else if (e.target() == null || e.source().text().isEmpty()) {
        unscored.add(k + " (one-sided)");
      } else {
        predicted.add(k);
      }
    }
    List<String> expected = new ArrayList<>();
    for (PetrarchRecord.GoldEvent g : r.gold()) {
      if (codebook.lookup(g.code()).isPresent()) {
        expected.add(key(g.source(), g.target(), g.code()) + ' ' + g.code());
      }
    }
    return new Detail(r, expected, predicted, unscored, score(r, events));
  }

  private EventScore score(PetrarchRecord r, List<CodedEvent> events) {
    List<String> predicted = new ArrayList<>();
    int oneSided = 0;
    for (CodedEvent e : events) {
      if (e.negated() || (intents && e.modality() == Modality.POSSIBLE)) {
        continue; // CAMEO codes neither denied nor hypothetical acts
      }
      if (e.target() == null || e.source().text().isEmpty()) {
        oneSided++; // no target, or the unnamed agent of a passive ("were amnestied")
        continue;
      }
      predicted.add(key(e.source().code(), e.target().code(), scoredCode(e)));
    }
    int noEvent = r.noEvent() ? 1 : 0;
    int falseEvent = r.noEvent() && !predicted.isEmpty() ? 1 : 0;
    Map<String, Integer> gold = new HashMap<>();
    for (PetrarchRecord.GoldEvent g : r.gold()) {
      if (codebook.lookup(g.code()).isPresent()) {
        gold.merge(key(g.source(), g.target(), g.code()), 1, Integer::sum);
      }
    }
    int tp = 0;
    int fp = 0;
    for (String p : predicted) {
      Integer n = gold.get(p);
      if (n != null && n > 0) {
        tp++;
        gold.put(p, n - 1);
      } else {
        fp++;
      }
    }
    int fn = 0;
    for (int n : gold.values()) {
      fn += n;
    }
    return new EventScore(1, tp, fp, fn, noEvent, falseEvent, oneSided);
  }

  /**
   * The expected codes of the records that are not CAMEO event codes (left out of every score),
   * with how many codings carry each, in code order.
   */
  public Map<String, Integer> nonCameoCodes(List<PetrarchRecord> records) {
    Map<String, Integer> out = new TreeMap<>();
    for (PetrarchRecord r : records) {
      for (PetrarchRecord.GoldEvent g : r.gold()) {
        if (codebook.lookup(g.code()).isEmpty()) {
          out.merge(g.code(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** Scores of the records that carry expected codings, by category and in total ("ALL"). */
  public Map<String, EventScore> scoreByCategory(List<PetrarchRecord> records) {
    Map<String, EventScore> out = new TreeMap<>();
    EventScore all = EventScore.empty();
    for (PetrarchRecord r : records) {
      if (!r.coded()) {
        continue;
      }
      EventScore s = score(r);
      String cat = r.category().isEmpty() ? "-" : r.category();
      out.merge(cat, s, EventScore::plus);
      all = all.plus(s);
    }
    out.put("ALL", all);
    return out;
  }

  /**
   * Scores of the records that carry expected codings: of all of them ("all") and of each {@link
   * Half} ("dev", "held-out"), in that order.
   */
  public Map<String, EventScore> scoreByHalf(List<PetrarchRecord> records) {
    Map<String, EventScore> out = new LinkedHashMap<>();
    out.put("all", EventScore.empty());
    for (Half h : Half.values()) {
      out.put(h.label(), EventScore.empty());
    }
    for (PetrarchRecord r : records) {
      if (r.coded()) {
        EventScore s = score(r);
        out.merge("all", s, EventScore::plus);
        out.merge(Half.of(r).label(), s, EventScore::plus);
      }
    }
    return out;
  }

  /**
   * The code an event is scored under: a planned event's CAMEO intent or threat code ({@link
   * EventCodebook#intentCode}) when this evaluator scores intents, else the event's own code.
   */
  String scoredCode(CodedEvent e) {
    return intents && e.modality() == Modality.PLANNED ? codebook.intentCode(e.code()) : e.code();
  }

  /** (source country, target country, root): the first three letters of each code, two digits. */
  static String key(String source, String target, String code) {
    return country(source)
        + '|'
        + country(target)
        + '|'
        + (code.length() >= 2 ? code.substring(0, 2) : code);
  }

  private static String country(String code) {
    String c = code == null || code.isBlank() ? "---" : code.strip().toUpperCase(Locale.ROOT);
    return c.length() >= 3 ? c.substring(0, 3) : c;
  }
}
