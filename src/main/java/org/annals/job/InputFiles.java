package org.annals.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the user's inputs (files, directories, globs; local or any Hadoop file system) into the
 * sorted list of files to read. Hidden files and files starting with "_" (Spark/Hadoop markers)
 * inside directories are skipped; a file named directly is always read.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * @throws FileNotFoundException naming the first input that matches nothing
   */
  public static List<InputFile> expand(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new FileNotFoundException("input not found: " + input);
      }
      boolean glob = matches.length > 1 || !matches[0].getPath().getName().equals(p.getName());
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          addDirectory(fs, m.getPath(), displayBase(input, glob, m), files);
        } else {
          files.add(new InputFile(glob ? display(m) : input, m.getPath().toString(), m.getLen()));
        }
      }
    }
    files.sort(Comparator.comparing(InputFile::displayPath).thenComparing(InputFile::uri));
    return dedupe(files);
  }

  private static void addDirectory(FileSystem fs, Path dir, String base, List<InputFile> out)
      throws IOException {
    String root = dir.toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String rel = f.getPath().toUri().getPath().substring(root.length());
      if (rel.startsWith("/")) {
        rel = rel.substring(1);
      }
      if (hidden(rel)) {
        continue;
      }
      out.add(new InputFile(join(base, rel), f.getPath().toString(), f.getLen()));
    }
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static String displayBase(String input, boolean glob, FileStatus m) {
    return glob ? display(m) : input;
  }

  private static String display(FileStatus m) {
    Path p = m.getPath();
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  private static String join(String base, String rel) {
    return base.endsWith("/") ? base + rel : base + "/" + rel;
  }

  private static List<InputFile> dedupe(List<InputFile> sorted) {
    List<InputFile> out = new ArrayList<>(sorted.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (InputFile f : sorted) {
      if (seen.add(f.uri())) {
        out.add(f);
      }
    }
    return out;
  }
}
