package org.annals.time;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Natty as a normaliser of short spans the grammar has already found and classified ("last
 * November", "two weeks ago", "Jan. 5", "the end of 2014"). Natty is never run over free text:
 * there it turns years into clock times, verbs into months and names into dates.
 *
 * <p>One shared {@link Parser} (its state is per call); results are cached per span and reference
 * date. Natty's logging is silenced and its ANTLR error chatter kept off the console. Thread-safe.
 */
final class NattyNormalizer {

  private static final int CACHE_LIMIT = 200_000;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private final Parser parser;
  private final ConcurrentHashMap<String, Optional<LocalDate>> cache = new ConcurrentHashMap<>();
  private final AtomicLong parses = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();

  NattyNormalizer() {
    silenceLogging();
    QuietStandardError.install();
    this.parser = new Parser(UTC);
    parse("January 1, 2000", LocalDate.of(2000, 1, 1));
    cache.clear();
    parses.set(0);
  }

  /**
   * The day Natty gives for {@code span} read on {@code reference}, when Natty reads the whole span
   * as one date; empty otherwise (also for a null reference).
   */
  Optional<LocalDate> date(String span, LocalDate reference) {
    if (span == null || span.isBlank() || reference == null) {
      return Optional.empty();
    }
    String key = span.toLowerCase(Locale.ROOT) + '|' + reference;
    Optional<LocalDate> cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<LocalDate> result = parse(span, reference);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, result);
    return result;
  }

  /** Number of spans Natty actually parsed (cache misses) since construction. */
  long parses() {
    return parses.get();
  }

  /** Number of values taken from Natty (callers report each answer they used). */
  long answersUsed() {
    return answers.get();
  }

  void countAnswerUsed() {
    answers.incrementAndGet();
  }

  private Optional<LocalDate> parse(String span, LocalDate reference) {
    parses.incrementAndGet();
    Date ref = Date.from(reference.atTime(12, 0).toInstant(ZoneOffset.UTC));
    try {
      List<DateGroup> groups = QuietStandardError.muted(() -> parser.parse(span, ref));
      if (groups.size() != 1) {
        return Optional.empty();
      }
      DateGroup g = groups.get(0);
      if (g.isRecurring() || g.getDates().size() != 1) {
        return Optional.empty();
      }
      // Natty must have read (nearly) the whole span, not a number or a word inside it.
      if (g.getText().length() * 10 < span.trim().length() * 6) {
        return Optional.empty();
      }
      return Optional.of(g.getDates().get(0).toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** Natty logs every parse at INFO through SLF4J; keep it to warnings whatever the binding. */
  private static void silenceLogging() {
    Logger.getLogger("com.joestelmach.natty").setLevel(Level.WARNING);
    try {
      Class<?> levelClass = Class.forName("org.apache.logging.log4j.Level");
      Object warn = levelClass.getField("WARN").get(null);
      Class<?> configurator = Class.forName("org.apache.logging.log4j.core.config.Configurator");
      Method setLevel = configurator.getMethod("setLevel", String.class, levelClass);
      setLevel.invoke(null, "com.joestelmach.natty", warn);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // No Log4j 2 core on the class path: the SLF4J binding in use keeps its own configuration.
    }
  }
}
