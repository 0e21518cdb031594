package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The event annotation of a TimeML document: its TEXT with tags stripped (offsets count in that
 * string, as in {@link TimeMlDocument}), its EVENTs with the attributes of their first
 * MAKEINSTANCE, its TIMEX3s (the creation time included) and its TLINKs.
 *
 * @param id file name without {@code .tml}
 * @param text TEXT content
 * @param creationTimeId the tid of the document creation time, or null
 * @param events EVENTs inside TEXT, in text order
 * @param timexes TIMEX3s by tid: those inside TEXT and the creation time
 * @param links TLINKs, in document order
 */
public record TimeMlAnnotation(
    String id,
    String text,
    String creationTimeId,
    List<Event> events,
    Map<String, Timex> timexes,
    List<Link> links) {

  /**
   * An EVENT and its first instance.
   *
   * @param eid the EVENT's id
   * @param eiid its first MAKEINSTANCE's id, or null when it has none
   * @param begin start offset in the text
   * @param end end offset
   * @param eventClass REPORTING, OCCURRENCE, STATE, I_ACTION, ...
   * @param tense PAST, PRESENT, FUTURE, INFINITIVE, NONE, ... (empty when not annotated)
   * @param pos VERB, NOUN, UNKNOWN, ... (empty when not annotated)
   * @param polarity POS or NEG (empty when not annotated)
   * @param modality the modal ("would", "may"), empty when none
   */
  public record Event(
      String eid,
      String eiid,
      int begin,
      int end,
      String eventClass,
      String tense,
      String pos,
      String polarity,
      String modality) {}

  /**
   * A TIMEX3.
   *
   * @param tid its id
   * @param begin start offset in the text, -1 for the creation time
   * @param end end offset, -1 for the creation time
   * @param type DATE, TIME, DURATION or SET
   * @param value its normalised value
   */
  public record Timex(String tid, int begin, int end, String type, String value) {}

  /**
   * A TLINK: {@code source relType target}, each side an event instance id or a timex id (the other
   * of the pair null).
   */
  public record Link(
      String relType,
      String sourceInstance,
      String sourceTime,
      String targetInstance,
      String targetTime) {}

  /** Reads a {@code .tml} file. */
  public static TimeMlAnnotation read(Path file) throws IOException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name, in);
    }
  }

  /** Reads a TimeML document from a stream. */
  public static TimeMlAnnotation read(String id, InputStream in) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      doc = f.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(id + ": " + e.getMessage(), e);
    }
    NodeList texts = doc.getElementsByTagName("TEXT");
    if (texts.getLength() == 0) {
      throw new IOException(id + ": no TEXT element");
    }
    Map<String, Timex> timexes = new LinkedHashMap<>();
    String dct = null;
    NodeList dcts = doc.getElementsByTagName("DCT");
    if (dcts.getLength() > 0) {
      NodeList t = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
      if (t.getLength() > 0) {
        Element e = (Element) t.item(0);
        dct = e.getAttribute("tid");
        timexes.put(dct, new Timex(dct, -1, -1, e.getAttribute("type"), e.getAttribute("value")));
      }
    }
    StringBuilder sb = new StringBuilder();
    List<Element> eventElements = new ArrayList<>();
    List<int[]> eventSpans = new ArrayList<>();
    walk(texts.item(0), sb, eventElements, eventSpans, timexes);

    Map<String, Element> instances = new LinkedHashMap<>();
    NodeList mis = doc.getElementsByTagName("MAKEINSTANCE");
    for (int i = 0; i < mis.getLength(); i++) {
      Element mi = (Element) mis.item(i);
      instances.putIfAbsent(mi.getAttribute("eventID"), mi);
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < eventElements.size(); i++) {
      Element e = eventElements.get(i);
      String eid = e.getAttribute("eid");
      Element mi = instances.get(eid);
      events.add(
          new Event(
              eid,
              mi == null ? null : mi.getAttribute("eiid"),
              eventSpans.get(i)[0],
              eventSpans.get(i)[1],
              e.getAttribute("class"),
              attribute(mi, e, "tense"),
              attribute(mi, e, "pos"),
              attribute(mi, e, "polarity"),
              attribute(mi, e, "modality")));
    }
    List<Link> links = new ArrayList<>();
    NodeList tl = doc.getElementsByTagName("TLINK");
    for (int i = 0; i < tl.getLength(); i++) {
      Element l = (Element) tl.item(i);
      links.add(
          new Link(
              l.getAttribute("relType"),
              blankToNull(l.getAttribute("eventInstanceID")),
              blankToNull(l.getAttribute("timeID")),
              blankToNull(l.getAttribute("relatedToEventInstance")),
              blankToNull(l.getAttribute("relatedToTime"))));
    }
    return new TimeMlAnnotation(
        id, sb.toString(), dct, List.copyOf(events), Map.copyOf(timexes), List.copyOf(links));
  }

  /** The creation time, or null. */
  public Timex creationTime() {
    return creationTimeId == null ? null : timexes.get(creationTimeId);
  }

  private static void walk(
      Node node,
      StringBuilder sb,
      List<Element> eventElements,
      List<int[]> eventSpans,
      Map<String, Timex> timexes) {
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        int start = sb.length();
        int slot = -1;
        if (child.getNodeName().equals("EVENT")) {
          slot = eventElements.size();
          eventElements.add((Element) child);
          eventSpans.add(new int[] {start, start});
        }
        walk(child, sb, eventElements, eventSpans, timexes);
        if (slot >= 0) {
          eventSpans.get(slot)[1] = sb.length();
        }
        if (child.getNodeName().equals("TIMEX3")) {
          Element e = (Element) child;
          String tid = e.getAttribute("tid");
          timexes.putIfAbsent(
              tid,
              new Timex(tid, start, sb.length(), e.getAttribute("type"), e.getAttribute("value")));
        }
      }
    }
  }

  /** The instance's attribute, else the EVENT's (TimeML 1.1 puts tense on the EVENT). */
  private static String attribute(Element instance, Element event, String name) {
    if (instance != null && instance.hasAttribute(name)) {
      return instance.getAttribute(name);
    }
    return event.getAttribute(name);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
