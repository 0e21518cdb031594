package org.annals.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.article.Article;
import org.annals.article.StableId;

/**
 * Groups articles that report the same real-world story, across outlets.
 *
 * <p>Each article becomes a {@link StorySignature}: the TF-IDF vector of the terms of its title and
 * lead (title words weigh {@value StoryTerms#TITLE_WEIGHT} times a body word, names {@value
 * StoryTerms#NAME_WEIGHT} times; {@link TermStatistics} gives the IDF), cut to its {@value
 * #TOP_TERMS} strongest terms and scaled to unit length. Two articles report the same story when
 * the cosine of their vectors reaches a threshold that rises with the days between their
 * publication dates ({@link #sameStory}). Stories are the connected components of that relation.
 *
 * <p>Scaling without comparing all pairs: an article's {@link #blockingKeys blocking keys} are its
 * {@value #KEY_TERMS} strongest terms; only articles that share a key are compared. A key shared by
 * more than {@value #MAX_BLOCK} articles names no single story and is skipped. A distributed run
 * groups signatures by key, calls {@link #sameStoryPairs} per block and {@link #stories} over the
 * distinct links; {@link #cluster} is those same calls on one machine, so both give the same ids.
 *
 * <p>Collection statistics are an explicit input: {@link #standard()} weighs every term alike;
 * {@link #withStatistics} uses document frequencies counted over the collection from {@link
 * #documentTerms}. Immutable and thread-safe; build one and share it.
 */
public final class StoryClusterer {

  /** Terms kept per signature. */
  public static final int TOP_TERMS = 40;

  /** Strongest terms used as blocking keys. */
  public static final int KEY_TERMS = 10;

  /**
   * Blocks larger than this are skipped: the key is too common to name a story (a story's own names
   * and numbers are rarer), and comparing all pairs of a large block dominates the cost: a block of
   * n articles costs n²/2 comparisons.
   */
  public static final int MAX_BLOCK = 250;

  /** Cosine needed for articles published within {@value #SAME_DAYS} days of each other. */
  public static final double DEFAULT_THRESHOLD = 0.20;

  /** Days apart within which no extra similarity is asked. */
  public static final int SAME_DAYS = 3;

  /**
   * Extra cosine asked of articles a year or more apart; it rises with the logarithm of the days
   * beyond {@link #SAME_DAYS}, so the first weeks count most (a story is mostly reported within
   * days, follow-ups within weeks).
   */
  public static final double DATE_PENALTY = 0.20;

  private static final StoryClusterer STANDARD =
      new StoryClusterer(new StoryTerms(loadStopwords()), TermStatistics.NONE, DEFAULT_THRESHOLD);

  private final StoryTerms terms;
  private final TermStatistics statistics;
  private final double threshold;

  private StoryClusterer(StoryTerms terms, TermStatistics statistics, double threshold) {
    this.terms = terms;
    this.statistics = statistics;
    this.threshold = threshold;
  }

  /** The shipped clusterer, without collection statistics. */
  public static StoryClusterer standard() {
    return STANDARD;
  }

  /** This clusterer with IDF from {@code statistics} (counted from {@link #documentTerms}). */
  public StoryClusterer withStatistics(TermStatistics statistics) {
    return new StoryClusterer(terms, statistics, threshold);
  }

  /** This clusterer with another base cosine threshold, in (0, 1]. */
  public StoryClusterer withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    return new StoryClusterer(terms, statistics, threshold);
  }

  public double threshold() {
    return threshold;
  }

  /** The distinct terms of an article, to count into {@link TermStatistics}. */
  public Set<String> documentTerms(Article a) {
    return new HashSet<>(terms.counts(a.title(), a.text()).keySet());
  }

  public StorySignature signature(Article a) {
    Map<String, Double> counts = terms.counts(a.title(), a.text());
    List<Map.Entry<String, Double>> weighted = new ArrayList<>(counts.size());
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      if (!statistics.canBeShared(e.getKey())) {
        continue;
      }
      double w = (1.0 + Math.log(e.getValue())) * statistics.idf(e.getKey());
      if (w > 0) {
        weighted.add(Map.entry(e.getKey(), w));
      }
    }
    weighted.sort(
        Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
    List<Map.Entry<String, Double>> top = weighted.subList(0, Math.min(TOP_TERMS, weighted.size()));
    String[] keys = new String[Math.min(KEY_TERMS, top.size())];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = top.get(i).getKey();
    }
    double norm = 0.0;
    for (Map.Entry<String, Double> e : top) {
      norm += e.getValue() * e.getValue();
    }
    norm = Math.sqrt(norm);
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(top);
    sorted.sort(Map.Entry.comparingByKey());
    String[] t = new String[sorted.size()];
    float[] w = new float[sorted.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = sorted.get(i).getKey();
      w[i] = (float) (sorted.get(i).getValue() / norm);
    }
    long day = a.published() == null ? StorySignature.UNKNOWN_DAY : a.published().toEpochDay();
    return new StorySignature(a.id(), day, t, w, keys);
  }

  /** The keys under which the article is compared with others; each names one term. */
  public List<String> blockingKeys(StorySignature s) {
    List<String> keys = new ArrayList<>(s.keyTerms().length);
    for (String k : s.keyTerms()) {
      keys.add("t:" + k);
    }
    return keys;
  }

  /**
   * Cosine at least the threshold, plus up to {@link #DATE_PENALTY} for distant publication dates
   * (nothing extra when a date is unknown). Symmetric.
   */
  public boolean sameStory(StorySignature a, StorySignature b) {
    return a.similarity(b) >= required(a.daysApart(b));
  }

  double required(long daysApart) {
    if (daysApart <= SAME_DAYS) {
      return threshold;
    }
    double f = Math.min(1.0, Math.log1p(daysApart - SAME_DAYS) / Math.log1p(365 - SAME_DAYS));
    return threshold + DATE_PENALTY * f;
  }

  /**
   * Story ids for a local collection, by the very steps of the distributed job: group the
   * signatures by {@link #blockingKeys}, {@link #sameStoryPairs} within each block, then {@link
   * #stories} over the links. Deterministic: the result depends on the signatures only, not on
   * their order.
   *
   * @return article id to story id, for every article
   */
  public Map<String, String> cluster(Collection<StorySignature> all) {
    Map<String, List<StorySignature>> blocks = new TreeMap<>();
    Set<String> ids = new TreeSet<>();
    for (StorySignature s : all) {
      ids.add(s.articleId());
      for (String key : blockingKeys(s)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    Set<StoryLink> links = new HashSet<>();
    for (List<StorySignature> block : blocks.values()) {
      links.addAll(sameStoryPairs(block));
    }
    return stories(ids, links);
  }

  /**
   * The pairs of one block that report the same story; none when the block holds more than {@value
   * #MAX_BLOCK} signatures. The distributed job calls this once per blocking key.
   */
  public List<StoryLink> sameStoryPairs(List<StorySignature> block) {
    List<StoryLink> links = new ArrayList<>();
    if (block.size() > MAX_BLOCK) {
      return links;
    }
    for (int x = 0; x < block.size(); x++) {
      for (int y = x + 1; y < block.size(); y++) {
        StorySignature a = block.get(x);
        StorySignature b = block.get(y);
        if (!a.articleId().equals(b.articleId()) && sameStory(a, b)) {
          links.add(new StoryLink(a.articleId(), b.articleId()));
        }
      }
    }
    return links;
  }

  /**
   * Story ids from links: the connected components over the articles, each named by {@link
   * #storyId}. An article without links is a story of its own. Deterministic.
   *
   * @param articleIds every article of the collection
   * @param links pairs found by {@link #sameStoryPairs}, in any order, duplicates allowed
   * @return article id to story id, for every article
   */
  public static Map<String, String> stories(
      Collection<String> articleIds, Collection<StoryLink> links) {
    List<String> ids = new ArrayList<>(new TreeSet<>(articleIds));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    UnionFind components = new UnionFind(ids.size());
    for (StoryLink link : links) {
      Integer a = index.get(link.first());
      Integer b = index.get(link.second());
      if (a == null || b == null) {
        throw new IllegalArgumentException("link to an unknown article: " + link);
      }
      components.union(a, b);
    }
    Map<Integer, List<String>> members = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      members.computeIfAbsent(components.find(i), r -> new ArrayList<>()).add(ids.get(i));
    }
    Map<String, String> storyOf = new TreeMap<>();
    for (List<String> story : members.values()) {
      String id = storyId(story);
      for (String article : story) {
        storyOf.put(article, id);
      }
    }
    return storyOf;
  }

  /** The id of a story: the stable hash of its smallest article id. */
  public static String storyId(Collection<String> articleIdsOfOneStory) {
    if (articleIdsOfOneStory.isEmpty()) {
      throw new IllegalArgumentException("articleIdsOfOneStory is empty");
    }
    String smallest = null;
    for (String id : articleIdsOfOneStory) {
      if (smallest == null || id.compareTo(smallest) < 0) {
        smallest = id;
      }
    }
    return StableId.of("story", smallest);
  }

  private static Set<String> loadStopwords() {
    String name = "/org/annals/story/stopwords-en.txt";
    InputStream in = StoryClusterer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return Set.copyOf(words);
  }
}
