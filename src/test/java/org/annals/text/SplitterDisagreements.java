package org.annals.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists where the rule-based splitter and OpenNLP's model disagree on TimeML documents (the text
 * inside {@code <TEXT>}, tags removed, cleaned), for checking by hand where no gold sentences
 * exist. Arguments: the TimeML directories, then {@code from} and {@code to} (indexes into the
 * files shuffled with seed 3). Not a test: run it with {@code java -cp}.
 */
public final class SplitterDisagreements {

  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*)</TEXT>");

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length - 2; i++) {
      try (var s = Files.list(Path.of(args[i]))) {
        s.sorted().forEach(files::add);
      }
    }
    Collections.shuffle(files, new Random(3));
    int from = Integer.parseInt(args[args.length - 2]);
    int to = Math.min(files.size(), Integer.parseInt(args[args.length - 1]));
    SentenceSplitter rules = SentenceSplitter.standard();
    SentenceSplitter model = new OpenNlpSentenceSplitter();
    int docs = 0;
    int both = 0;
    int rulesOnly = 0;
    int modelOnly = 0;
    for (Path f : files.subList(from, to)) {
      Matcher m = TEXT.matcher(Files.readString(f));
      if (!m.find()) {
        continue;
      }
      String text = TextCleaner.standard().clean(m.group(1).replaceAll("<[^>]+>", ""));
      docs++;
      Set<Integer> r = ends(rules, text);
      Set<Integer> o = ends(model, text);
      for (int e : r) {
        if (o.contains(e)) {
          both++;
        } else {
          rulesOnly++;
          System.out.println("rules only  " + f.getFileName() + ": " + context(text, e));
        }
      }
      for (int e : o) {
        if (!r.contains(e)) {
          modelOnly++;
          System.out.println("opennlp only " + f.getFileName() + ": " + context(text, e));
        }
      }
    }
    System.out.printf(
        "%d documents: sentence ends in both %d, rule-based only %d, OpenNLP only %d%n",
        docs, both, rulesOnly, modelOnly);
  }

  private static Set<Integer> ends(SentenceSplitter s, String text) {
    Set<Integer> ends = new TreeSet<>();
    s.split(text).forEach(x -> ends.add(x.end()));
    return ends;
  }

  private static String context(String text, int end) {
    String before = text.substring(Math.max(0, end - 50), end);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    return (before + " || " + after).replace("\n", "⏎");
  }
}
