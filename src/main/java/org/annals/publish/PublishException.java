package org.annals.publish;

/**
 * A publish that did not happen. The database is as it was before. Messages are meant for the user
 * and never carry a password: JDBC URLs in them are masked.
 */
public final class PublishException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, which decides the exit code. */
  public enum Kind {
    /** The run's output directory is missing, incomplete or unreadable. */
    INPUT,
    /** The database could not be reached or refused the publish. */
    TARGET
  }

  private final Kind kind;

  public PublishException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
