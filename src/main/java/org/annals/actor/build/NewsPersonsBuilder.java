package org.annals.actor.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.actor.ActorDictionary;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.actor.DictionaryActorRecognizer;
import org.annals.article.Article;
import org.annals.article.ArticleReader;
import org.annals.article.ReadResult;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;

/**
 * Writes a persons dictionary learnt from a news corpus: the people its articles introduce by a
 * title that names their state ("West German Finance Minister Gerhard Stoltenberg", "Saudi Oil
 * Minister Hisham Nazer", "Japanese businessman ..."), so that a later sentence that names them
 * alone ("Stoltenberg said") resolves to that state and role. The shipped dictionaries know heads
 * of state and government (CountryInfo) and the people of ICEWS's 2018 events; the finance, trade
 * and oil ministers and central bankers of economic news are mostly missing from both.
 *
 * <p>The introductions are found by annals' own actor recognizer, run over every sentence with the
 * shipped dictionaries (without this file): a mention whose words are a state, a title and then two
 * to four capitalised words of a name. A person is written when three quarters or more of the
 * corpus's introductions of them give one code (a state and a role; one introduction is enough);
 * the code is dated from a year before the first introduction to a year after the last, as
 * officials change, and people whom the shipped dictionaries already name are left out.
 *
 * <p>Usage, from the project root: {@code java -cp "target/classes:target/lib/*"
 * org.annals.actor.build.NewsPersonsBuilder CORPUS... OUTPUT}; any input the run job reads will do
 * (the shipped file is built from {@code ../shared/data/reuters21578/reuters21578.jsonl.gz}).
 */
public final class NewsPersonsBuilder {

  /** Words that end a title, after which a person's name follows. */
  private static final Set<String> TITLES =
      Set.of(
          "MINISTER",
          "SECRETARY",
          "PRESIDENT",
          "VICE-PRESIDENT",
          "CHAIRMAN",
          "GOVERNOR",
          "DIRECTOR",
          "DIRECTOR-GENERAL",
          "AMBASSADOR",
          "SPOKESMAN",
          "SPOKESWOMAN",
          "COMMISSIONER",
          "REPRESENTATIVE",
          "CHANCELLOR",
          "PREMIER",
          "LEADER",
          "NEGOTIATOR",
          "ENVOY",
          "SENATOR",
          "KING",
          "PRINCE",
          "SHEIKH",
          "HEAD",
          "CHIEF",
          "OFFICIAL",
          "DELEGATE",
          "DIPLOMAT",
          "GENERAL",
          "BUSINESSMAN",
          "ECONOMIST",
          "MAYOR",
          "UNDERSECRETARY",
          "UNDER-SECRETARY");

  /** Lower-case words inside names ("Daniel arap Moi", "Willy de Clercq"). */
  private static final Set<String> PARTICLES =
      Set.of("ARAP", "DE", "DA", "DOS", "DEL", "VAN", "VON", "DER", "BIN", "AL", "LE", "LA");

  /** Last words of companies' and institutions' names, which are no person's. */
  private static final Set<String> NOT_PERSONAL =
      Set.of(
          "INC",
          "CORP",
          "CO",
          "LTD",
          "PLC",
          "AG",
          "SA",
          "NV",
          "BANK",
          "GROUP",
          "FUND",
          "BOARD",
          "COUNCIL",
          "OFFICE",
          "AGENCY",
          "COMMISSION",
          "COMMITTEE",
          "MINISTRY",
          "DEPARTMENT",
          "PARTY",
          "ASSOCIATION",
          "UNION",
          "INSTITUTE",
          "CORPORATION",
          "COMPANY",
          "EXCHANGE",
          "ADMINISTRATION",
          "SERVICES",
          "AUTHORITY");

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private NewsPersonsBuilder() {}

  /** One person's introductions in the corpus. */
  static final class Seen {
    final Map<String, Integer> codes = new TreeMap<>();
    LocalDate first;
    LocalDate last;
    int count;

    void add(String code, LocalDate date) {
      codes.merge(code, 1, Integer::sum);
      count++;
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }

    /** The code of three quarters or more of the introductions, or null. */
    String code() {
      for (Map.Entry<String, Integer> e : codes.entrySet()) {
        if (e.getValue() * 4 >= count * 3) {
          return e.getKey();
        }
      }
      return null;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NewsPersonsBuilder CORPUS... OUTPUT");
      System.exit(2);
    }
    ActorRecognizer recognizer =
        new DictionaryActorRecognizer(ActorDictionary.withoutNewsPersons());
    SentenceSplitter splitter = SentenceSplitter.standard();
    Map<String, Seen> people = new TreeMap<>();
    int articles = 0;
    for (int i = 0; i < args.length - 1; i++) {
      Path corpus = Path.of(args[i]);
      try (InputStream in = Files.newInputStream(corpus)) {
        Iterator<ReadResult> it = ArticleReader.standard(null).read(corpus.toString(), in);
        while (it.hasNext()) {
          ReadResult r = it.next();
          if (!r.isArticle()) {
            continue;
          }
          Article a = r.article();
          articles++;
          List<Sentence> sentences = splitter.split(a.text());
          for (ActorMention m : recognizer.find(a.text(), sentences, a.published())) {
            String name = introduced(m);
            if (name != null) {
              people.computeIfAbsent(name, k -> new Seen()).add(m.code(), a.published());
            }
          }
        }
      }
    }
    Path out = Path.of(args[args.length - 1]);
    int written = write(people, recognizer, args, out);
    System.err.printf(
        Locale.ROOT,
        "%d articles, %d people introduced, %d written to %s%n",
        articles,
        people.size(),
        written,
        out);
  }

  /**
   * The name a mention introduces after its state and title ("GERHARD STOLTENBERG" of "West German
   * Finance Minister Gerhard Stoltenberg"), upper case, or null.
   */
  static String introduced(ActorMention m) {
    String code = m.code();
    if (m.resolved()
        || code.length() < 6
        || !Character.isLetter(code.charAt(0))
        || code.startsWith("IGO")
        || code.startsWith("NGO")
        || code.startsWith("MNC")) {
      return null;
    }
    String[] words = m.text().split("\\s+");
    int title = -1;
    for (int i = 0; i < words.length; i++) {
      if (TITLES.contains(words[i].toUpperCase(Locale.ROOT))) {
        title = i;
      }
    }
    int n = words.length - title - 1;
    if (title < 1 || n < 2 || n > 4) {
      return null;
    }
    List<String> name = new ArrayList<>();
    for (int i = title + 1; i < words.length; i++) {
      String w = words[i];
      String k = w.toUpperCase(Locale.ROOT);
      boolean particle = PARTICLES.contains(k) && i > title + 1 && i < words.length - 1;
      boolean word =
          w.length() > 1
              && Character.isUpperCase(w.charAt(0))
              && Character.isLowerCase(w.charAt(w.length() - 1))
              && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
      if (!(word || particle) || NOT_PERSONAL.contains(k)) {
        return null;
      }
      name.add(k);
    }
    return String.join(" ", name);
  }

  private static int write(
      Map<String, Seen> people, ActorRecognizer recognizer, String[] args, Path out)
      throws IOException {
    int written = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# People that news articles introduce by a title naming their state, in PETRARCH\n");
      w.write("# actor format. Generated by org.annals.actor.build.NewsPersonsBuilder from\n");
      for (int i = 0; i < args.length - 1; i++) {
        w.write("# " + Path.of(args[i]).getFileName() + "\n");
      }
      w.write("# (see SOURCES.md): each person with the code of three quarters or more of their\n");
      w.write("# introductions, dated a year either side of them.\n\n");
      for (Map.Entry<String, Seen> e : people.entrySet()) {
        Seen s = e.getValue();
        String code = s.code();
        if (code == null || s.first == null) {
          continue;
        }
        if (known(recognizer, e.getKey(), s.last)) {
          continue;
        }
        String head = e.getKey().replace(' ', '_') + "_";
        w.write(
            String.format(
                Locale.ROOT,
                "%s [%s]  # introductions: %d, %s to %s%n\t[%s %s-%s]%n%n",
                head,
                code.substring(0, 3),
                s.count,
                s.first,
                s.last,
                code,
                s.first.minusYears(1).format(YYMMDD),
                s.last.plusYears(1).format(YYMMDD)));
        written++;
      }
    }
    return written;
  }

  /**
   * True when the shipped dictionaries already name the person, by full name or by surname on the
   * date ("James Baker said.", "Yeutter said."): a second entry would make the surname ambiguous.
   */
  private static boolean known(ActorRecognizer recognizer, String name, LocalDate date) {
    List<String> parts = List.of(name.split(" "));
    return named(recognizer, parts, date)
        || named(recognizer, parts.subList(parts.size() - 1, parts.size()), date);
  }

  private static boolean named(ActorRecognizer recognizer, List<String> parts, LocalDate date) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      text.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT)).append(' ');
    }
    text.append("said.");
    String t = text.toString();
    for (ActorMention m : recognizer.find(t, List.of(new Sentence(0, 0, t.length(), t)), date)) {
      if (m.begin() == 0) {
        return true;
      }
    }
    return false;
  }
}
