package org.annals.time;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * A {@code System.err} that drops what the current thread writes while it runs inside {@link
 * #muted}; other threads and other times pass through unchanged. Natty's ANTLR parser reports every
 * recognition error ("no viable alternative ...") straight to {@code System.err}, which has no
 * place on a user's console.
 *
 * <p>Installed once per JVM by {@link #install()}; thread-safe.
 */
final class QuietStandardError extends PrintStream {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private QuietStandardError(PrintStream original) {
    super(original, true);
  }

  /** Wraps the current {@code System.err} unless it is already wrapped. */
  static synchronized void install() {
    if (!(System.err instanceof QuietStandardError)) {
      System.setErr(new QuietStandardError(System.err));
    }
  }

  /** Runs {@code work} with this thread's writes to {@code System.err} discarded. */
  static <T> T muted(Supplier<T> work) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return work.get();
    } finally {
      depth[0]--;
    }
  }

  private static boolean isMuted() {
    return DEPTH.get()[0] > 0;
  }

  @Override
  public void write(int b) {
    if (!isMuted()) {
      super.write(b);
    }
  }

  @Override
  public void write(byte[] buf, int off, int len) {
    if (!isMuted()) {
      super.write(buf, off, len);
    }
  }

  @Override
  public void flush() {
    if (!isMuted()) {
      super.flush();
    }
  }
}
