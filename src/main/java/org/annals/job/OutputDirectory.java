package org.annals.job;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output directory that is replaced atomically: everything is written to a staging directory
 * beside it and moved into place only when the whole run has succeeded. A failed run leaves the
 * previous output as it was and removes its staging directory; a reader never sees a half-written
 * output that looks complete.
 */
public final class OutputDirectory {

  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private OutputDirectory(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /** Creates the staging directory for {@code output}. */
  public static OutputDirectory stage(String output, Configuration conf) throws IOException {
    Path target = new Path(output);
    FileSystem fs = target.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem checksummed) {
      // Local disks: no .crc side files beside the tables users open.
      fs = checksummed.getRawFileSystem();
    }
    target = fs.makeQualified(target);
    if (fs.exists(target) && !fs.getFileStatus(target).isDirectory()) {
      throw new IOException("output exists and is not a directory: " + output);
    }
    Path parent = target.getParent();
    if (parent != null && !fs.exists(parent)) {
      fs.mkdirs(parent);
    }
    Path staging = new Path(parent, "." + target.getName() + ".staging-" + UUID.randomUUID());
    if (!fs.mkdirs(staging)) {
      throw new IOException("cannot create " + staging);
    }
    return new OutputDirectory(fs, target, staging);
  }

  /** Where this run writes; becomes the output on {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  public Path target() {
    return target;
  }

  public FileSystem fileSystem() {
    return fs;
  }

  /** Moves the staging directory into place, replacing a previous output. */
  public void commit() throws IOException {
    Path old = null;
    if (fs.exists(target)) {
      old = new Path(target.getParent(), "." + target.getName() + ".old-" + UUID.randomUUID());
      if (!fs.rename(target, old)) {
        throw new IOException("cannot move the previous output " + target + " aside");
      }
    }
    if (!fs.rename(staging, target)) {
      if (old != null) {
        fs.rename(old, target);
      }
      throw new IOException("cannot move " + staging + " to " + target);
    }
    if (old != null) {
      fs.delete(old, true);
    }
  }

  /** Removes the staging directory of a failed run; the previous output is left untouched. */
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Nothing more to do: the staging directory is hidden and named as such.
    }
  }
}
