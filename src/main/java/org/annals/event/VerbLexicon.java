package org.annals.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO verb dictionary (PETRARCH2's {@code CAMEO.2.0.txt} and annals' supplement), indexed by
 * inflected form: one hash look-up per word.
 *
 * <p>Reads the PETRARCH format: synonym sets ({@code &MILITARY} with {@code +} members), blocks
 * ({@code --- RETREAT [080] ---}), verbs with optional irregular forms and own code ({@code
 * WITHDRAW {WITHDRAWS WITHDRAWING WITHDREW }}, {@code RELEASE [084]}, phrasal {@code +PULL_OUT}),
 * and patterns ({@code - * &MILITARY [0874]}). Regular inflections are generated. Immutable after
 * loading and thread-safe.
 */
final class VerbLexicon {

  static final String[] RESOURCES = {"CAMEO.2.0.txt", "annals.verbs.txt"};

  /**
   * WordNet 3.0's irregular verb forms ({@code verb.exc}: "withdrawn withdraw"), which fill the
   * forms the PETRARCH dictionaries leave out of their lists ("has withdrawn the offer").
   */
  static final String IRREGULAR_FORMS = "wordnet-verb.exc";

  /** An inflected form of a verb sense. */
  record Form(VerbSense sense, boolean participle, boolean gerund) {}

  private final Map<String, List<Form>> forms = new HashMap<>();
  private final Map<String, List<List<String>>> synsets = new HashMap<>();

  /** How many dictionaries were read before the one being read. */
  private int read;

  private VerbLexicon() {}

  static VerbLexicon standard() {
    return Holder.STANDARD;
  }

  /** The senses whose verb has the inflected form {@code key} (upper case); empty if none. */
  List<Form> forms(String key) {
    return forms.getOrDefault(key, List.of());
  }

  /** True when {@code key} is an inflected form of some verb. */
  boolean isVerbForm(String key) {
    return forms.containsKey(key);
  }

  private void read(BufferedReader in) throws IOException {
    String synset = null;
    String block = null;
    String blockCode = "---";
    List<VerbPattern> patterns = null;
    for (String raw; (raw = in.readLine()) != null; ) {
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("&")) {
        synset = line.split("\\s+")[0];
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (line.startsWith("---")) {
        synset = null;
        String[] f = line.replace("---", " ").strip().split("\\s+");
        block = f[0];
        blockCode = f.length > 1 ? code(f[1]) : "---";
        patterns = new ArrayList<>();
        continue;
      }
      if (block == null) {
        if (synset != null && line.startsWith("+")) {
          synsets.get(synset).add(words(line.substring(1)));
        }
        continue;
      }
      if (line.startsWith("-")) {
        VerbPattern p = pattern(line.substring(1), hash < 0 ? "" : raw.substring(hash + 1));
        if (p != null) {
          patterns.add(p);
        }
        continue;
      }
      addVerb(line, block, blockCode, patterns);
    }
    read++;
  }

  private void addVerb(String line, String block, String blockCode, List<VerbPattern> patterns) {
    String own = null;
    int bracket = line.indexOf('[');
    if (bracket >= 0) {
      own = code(bracketed(line, bracket));
      line = line.substring(0, bracket).strip();
    }
    List<String> irregular = new ArrayList<>();
    int brace = line.indexOf('{');
    if (brace >= 0) {
      int close = line.indexOf('}', brace);
      for (String f : line.substring(brace + 1, close < 0 ? line.length() : close).split("\\s+")) {
        if (!f.isBlank()) {
          irregular.add(f.replace("+", ""));
        }
      }
      line = line.substring(0, brace).strip();
    }
    String lemma = line.replace("+", "").strip();
    if (lemma.isEmpty() || lemma.contains(" ")) {
      return;
    }
    List<String> parts = words(lemma);
    if (parts.isEmpty()) {
      return;
    }
    List<String> particle = parts.subList(1, parts.size());
    VerbSense sense =
        new VerbSense(
            lemma, List.copyOf(particle), own != null ? own : blockCode, block, patterns, read);
    Set<String> heads = new LinkedHashSet<>();
    String base = parts.get(0);
    heads.add(base);
    if (irregular.isEmpty()) {
      heads.addAll(Inflection.regular(base));
    } else {
      for (String f : irregular) {
        heads.add(words(f).get(0));
      }
    }
    for (String h : heads) {
      boolean gerund = h.endsWith("ING") && !base.endsWith("ING");
      boolean participle = !h.equals(base) && !gerund && !(h.endsWith("S") && !base.endsWith("S"));
      forms.computeIfAbsent(h, k -> new ArrayList<>(2)).add(new Form(sense, participle, gerund));
    }
  }

  private VerbPattern pattern(String text, String comment) {
    int bracket = text.indexOf('[');
    if (bracket < 0) {
      return null;
    }
    String code = code(bracketed(text, bracket));
    String body =
        text.substring(0, bracket)
            .replace("{", " ")
            .replace("}", " ")
            .replace("(", " ")
            .replace(")", " ");
    String[] tokens = body.strip().split("\\s+");
    List<VerbPattern.Element> before = new ArrayList<>();
    List<VerbPattern.Element> after = new ArrayList<>();
    boolean seenVerb = false;
    int words = 0;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.equals("*")) {
        seenVerb = true;
        continue;
      }
      VerbPattern.Element e;
      if (t.equals("+") || t.equals("%")) {
        e = new VerbPattern.Element(VerbPattern.Kind.TARGET, List.of());
      } else if (t.equals("$")) {
        e = new VerbPattern.Element(VerbPattern.Kind.SOURCE, List.of());
      } else if (t.startsWith("&")) {
        List<List<String>> alts = synsets.get(t.replace("_", ""));
        if (alts == null) {
          alts = synsets.getOrDefault(t, List.of(words(t.substring(1))));
        }
        e = new VerbPattern.Element(VerbPattern.Kind.WORDS, alts);
        words++;
      } else if (t.equals("^")) {
        continue;
      } else {
        List<String> w = words(t);
        if (w.isEmpty()) {
          continue;
        }
        e = new VerbPattern.Element(VerbPattern.Kind.WORDS, List.of(w));
        words += w.size();
      }
      (seenVerb ? after : before).add(e);
    }
    String verb = comment.strip().split("[\\s,]+")[0].toUpperCase(Locale.ROOT);
    return new VerbPattern(List.copyOf(before), List.copyOf(after), code, words, verb);
  }

  private static String bracketed(String line, int open) {
    int close = line.indexOf(']', open);
    return close < 0 ? line.substring(open) : line.substring(open, close + 1);
  }

  /**
   * "[0874]" -> "0874"; "[---]" -> "---"; a pair "[042:043]" (the source visits, the target hosts)
   * stays "042:043", the second code being the target's act toward the source.
   */
  private static String code(String bracketed) {
    String c = bracketed.replace("[", "").replace("]", "").strip();
    return c.isEmpty() ? "---" : c;
  }

  /** Dictionary words: underscores separate words; a trailing underscore is dropped. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toUpperCase(Locale.ROOT).split("[_\\s]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A lexicon of the given dictionaries only (PETRARCH format), in order. */
  static VerbLexicon of(List<java.io.Reader> dictionaries) {
    VerbLexicon lex = new VerbLexicon();
    try {
      for (java.io.Reader r : dictionaries) {
        lex.read(new BufferedReader(r));
      }
      lex.addIrregularForms();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  private static VerbLexicon load() {
    VerbLexicon lex = new VerbLexicon();
    for (String r : RESOURCES) {
      try (InputStream in = VerbLexicon.class.getResourceAsStream(r)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + r);
        }
        lex.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      lex.addIrregularForms();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  /**
   * Adds each irregular form of {@link #IRREGULAR_FORMS} whose base is a verb of the lexicon and
   * which the dictionaries do not list, as a past form of that verb's one-word senses.
   */
  private void addIrregularForms() throws IOException {
    try (InputStream in = VerbLexicon.class.getResourceAsStream(IRREGULAR_FORMS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + IRREGULAR_FORMS);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (f.length < 2 || f[0].contains("_") || forms.containsKey(f[0])) {
          continue;
        }
        List<Form> added = new ArrayList<>(2);
        for (Form base : forms.getOrDefault(f[1], List.of())) {
          if (!base.participle() && !base.gerund() && base.sense().lemma().equals(f[1])) {
            added.add(new Form(base.sense(), true, false));
          }
        }
        if (!added.isEmpty()) {
          forms.put(f[0], added);
        }
      }
    }
  }

  private static final class Holder {
    static final VerbLexicon STANDARD = load();
  }
}
