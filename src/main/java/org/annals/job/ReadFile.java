package org.annals.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.annals.article.ArticleReader;
import org.annals.article.FieldMapping;
import org.annals.article.InputFormat;
import org.annals.article.ReadResult;
import org.annals.article.Reject;
import org.annals.article.RejectReason;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Reads one input file on an executor into articles and rejects, streaming. A file that cannot be
 * opened becomes one {@link RejectReason#UNREADABLE} reject instead of failing the job.
 */
final class ReadFile implements FlatMapFunction<InputFile, ReadResult> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<HadoopConf> conf;
  private final InputFormat format;
  private final FieldMapping mapping;

  ReadFile(Broadcast<HadoopConf> conf, InputFormat format, FieldMapping mapping) {
    this.conf = conf;
    this.format = format;
    this.mapping = mapping;
  }

  @Override
  public Iterator<ReadResult> call(InputFile file) {
    InputStream in;
    try {
      Path p = new Path(file.uri());
      in = p.getFileSystem(conf.value().get()).open(p);
    } catch (IOException | RuntimeException e) {
      return List.of(
              ReadResult.of(
                  new Reject(
                      file.displayPath(), 0, RejectReason.UNREADABLE, String.valueOf(e), "")))
          .iterator();
    }
    return ArticleReader.standard(format, mapping).read(file.displayPath(), in);
  }
}
