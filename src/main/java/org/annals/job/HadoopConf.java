package org.annals.job;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop configuration that can travel to executors: the driver's settings copied as strings, so
 * inputs on HDFS, S3 or any other file system open on executors as they did on the driver.
 */
public final class HadoopConf implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TreeMap<String, String> entries = new TreeMap<>();
  private transient Configuration conf;

  public HadoopConf(Configuration source) {
    for (Map.Entry<String, String> e : source) {
      entries.put(e.getKey(), e.getValue());
    }
  }

  public Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }
}
