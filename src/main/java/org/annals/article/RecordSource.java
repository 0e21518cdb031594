package org.annals.article;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lazy iterator over one file's records that keeps the reader's promise: it never throws while
 * reading, a failure becomes one {@link RejectReason#UNREADABLE} reject that ends the file, a file
 * that yields nothing becomes one {@link RejectReason#EMPTY_FILE} reject, and the input is closed
 * at the end. Not thread-safe.
 */
abstract class RecordSource implements Iterator<ReadResult> {

  protected final String path;
  private final Closeable input;
  private ReadResult next;
  private boolean done;
  private long produced;

  RecordSource(String path, Closeable input) {
    this.path = path;
    this.input = input;
  }

  /** The next record, or null at the end of the file. */
  protected abstract ReadResult readNext() throws IOException;

  /** Where in the file reading is now, for a reject if it fails. */
  protected abstract long position();

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      next = readNext();
    } catch (Exception | StackOverflowError e) {
      next = unreadable(e);
      done = true;
      close();
      produced++;
      return true;
    }
    if (next == null) {
      done = true;
      close();
      if (produced == 0) {
        next = ReadResult.of(new Reject(path, 0, RejectReason.EMPTY_FILE, "no records", ""));
      }
    }
    if (next != null) {
      produced++;
    }
    return next != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  private ReadResult unreadable(Throwable e) {
    long at;
    try {
      at = position();
    } catch (RuntimeException ignored) {
      at = 0;
    }
    String detail =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    if (detail.length() > 500) {
      detail = detail.substring(0, 500);
    }
    return ReadResult.of(new Reject(path, at, RejectReason.UNREADABLE, detail, ""));
  }

  private void close() {
    try {
      input.close();
    } catch (IOException | RuntimeException ignored) {
      // the records are read; a failing close changes nothing for them
    }
  }

  /** A source of exactly one prepared result. */
  static RecordSource single(String path, Closeable input, ReadResult only) {
    return new RecordSource(path, input) {
      private boolean given;

      @Override
      protected ReadResult readNext() {
        if (given) {
          return null;
        }
        given = true;
        return only;
      }

      @Override
      protected long position() {
        return 0;
      }
    };
  }
}
