package org.annals.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A TimeML document: the TEXT element's content with tags stripped (offsets count in that string,
 * as the TempEval-3 scorer does), its creation date and its gold TIMEX3.
 *
 * @param id file name without {@code .tml}
 * @param text TEXT content
 * @param creationDate the DCT's day, or null
 * @param gold TIMEX3 inside TEXT that cover at least one character, in text order
 */
public record TimeMlDocument(String id, String text, LocalDate creationDate, List<GoldTimex> gold) {

  /** A gold TIMEX3. */
  public record GoldTimex(int begin, int end, String type, String value) {}

  /** Reads a {@code .tml} file. */
  public static TimeMlDocument read(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = f.newDocumentBuilder().parse(Files.newInputStream(file));
      String name = file.getFileName().toString();
      String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
      NodeList texts = doc.getElementsByTagName("TEXT");
      if (texts.getLength() == 0) {
        throw new IOException(file + ": no TEXT element");
      }
      StringBuilder sb = new StringBuilder();
      List<GoldTimex> gold = new ArrayList<>();
      walk(texts.item(0), sb, gold);
      return new TimeMlDocument(id, sb.toString(), creationDate(doc), List.copyOf(gold));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static void walk(Node node, StringBuilder sb, List<GoldTimex> gold) {
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        int start = sb.length();
        walk(child, sb, gold);
        if (child.getNodeName().equals("TIMEX3") && sb.length() > start) {
          Element e = (Element) child;
          gold.add(
              new GoldTimex(start, sb.length(), e.getAttribute("type"), e.getAttribute("value")));
        }
      }
    }
  }

  private static LocalDate creationDate(Document doc) {
    NodeList dcts = doc.getElementsByTagName("DCT");
    if (dcts.getLength() == 0) {
      return null;
    }
    NodeList timexes = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
    if (timexes.getLength() == 0) {
      return null;
    }
    String value = ((Element) timexes.item(0)).getAttribute("value");
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
