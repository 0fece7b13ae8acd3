package org.ourpromise.returns.xml;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * Streams a return as the DfE XML of a collection year with the JDK's StAX writer: one CHILD per
 * Header row, in the Header's order, the child's rows of every other table inside it in their
 * order in the return. Values are written as they stand in the rows (dates dd/mm/yyyy, as the
 * schema's patterns require); the year's schema, not the writer, judges them.
 */
public final class XmlReturnWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();
    private static final String[] INDENT = {"\n", "\n\t", "\n\t\t", "\n\t\t\t", "\n\t\t\t\t"};

    private final XMLStreamWriter xml;
    private final int year;

    private XmlReturnWriter(XMLStreamWriter xml, int year) {
        this.xml = xml;
        this.year = year;
    }

    /**
     * Writes the return; fails with {@link IllegalArgumentException} (naming the children) when the
     * rows cannot take the XML's shape: a child with rows but no Header row, two Header rows, or two
     * rows of a table the XML holds once per child (UASC, OC2, OC3, AD1, PrevPerm).
     */
    public static void write(Ssda903Return ret, int year, OutputStream out) throws XMLStreamException {
        var byChild = ChildRows.index(ret, XmlLayout.tables(year));
        var writer = new XmlReturnWriter(FACTORY.createXMLStreamWriter(out, "UTF-8"), year);
        writer.document(byChild);
    }

    private void document(ChildRows rows) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("EXPSSDA903");
        for (var child : rows.children()) {
            child(rows, child);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void child(ChildRows rows, String child) throws XMLStreamException {
        open("CHILD", 1);
        open("HEADER", 2);
        for (var part : XmlLayout.HEADER_PARTS) {
            part(part, rows.of(part.table(), child), 3);
        }
        close(2);
        for (var part : XmlLayout.childParts(year)) {
            part(part, rows.of(part.table(), child), 2);
        }
        close(1);
    }

    private void part(XmlLayout.Part part, List<Ssda903Row> rows, int depth) throws XMLStreamException {
        if (part.wrapper() == null) {
            fields(part.fields(), rows.isEmpty() ? null : rows.get(0), depth);
            return;
        }
        for (var row : rows) {
            open(part.wrapper(), depth);
            fields(part.fields(), row, depth + 1);
            close(depth);
        }
    }

    /** With no row, only the required fields are written, empty (the UASC flag of a child who was never UASC). */
    private void fields(List<XmlLayout.Field> fields, @Nullable Ssda903Row row, int depth) throws XMLStreamException {
        for (var f : fields) {
            String value = row == null ? "" : f.column() == null ? "1" : row.get(f.column());
            if (value.isEmpty() && !f.required()) {
                continue;
            }
            xml.writeCharacters(INDENT[depth]);
            if (value.isEmpty()) {
                xml.writeEmptyElement(f.element());
            } else {
                xml.writeStartElement(f.element());
                xml.writeCharacters(value);
                xml.writeEndElement();
            }
        }
    }

    private void open(String element, int depth) throws XMLStreamException {
        xml.writeCharacters(INDENT[depth]);
        xml.writeStartElement(element);
    }

    private void close(int depth) throws XMLStreamException {
        xml.writeCharacters(INDENT[depth]);
        xml.writeEndElement();
    }

    /** The return's rows of the XML's tables by child, children in Header order. */
    record ChildRows(List<String> children, Map<Ssda903Table, Map<String, List<Ssda903Row>>> rows) {

        private static final int NAMED = 10;

        static ChildRows index(Ssda903Return ret, List<Ssda903Table> tables) {
            var problems = new ArrayList<String>();
            var children = new LinkedHashSet<String>();
            for (var row : ret.rows(Ssda903Table.HEADER)) {
                if (!children.add(row.child())) {
                    problems.add("child " + row.child() + " has more than one Header row");
                }
            }
            var rows = new EnumMap<Ssda903Table, Map<String, List<Ssda903Row>>>(Ssda903Table.class);
            for (var table : tables) {
                var byChild = new HashMap<String, List<Ssda903Row>>();
                for (var row : ret.rows(table)) {
                    byChild.computeIfAbsent(row.child(), c -> new ArrayList<>(2)).add(row);
                }
                for (var e : byChild.entrySet()) {
                    if (!children.contains(e.getKey())) {
                        problems.add("child " + e.getKey() + " has " + table.dfeName() + " rows but no Header row");
                    } else if (table != Ssda903Table.HEADER && e.getValue().size() > 1 && !repeats(table)) {
                        problems.add("child " + e.getKey() + " has " + e.getValue().size() + " " + table.dfeName()
                                + " rows; the XML holds one");
                    }
                }
                rows.put(table, byChild);
            }
            if (!problems.isEmpty()) {
                var named = problems.stream().sorted().limit(NAMED).toList();
                throw new IllegalArgumentException("the return cannot be written as XML: " + String.join("; ", named)
                        + (problems.size() > NAMED ? "; and " + (problems.size() - NAMED) + " more" : ""));
            }
            return new ChildRows(List.copyOf(children), rows);
        }

        private static boolean repeats(Ssda903Table table) {
            for (var p : XmlLayout.HEADER_PARTS) {
                if (p.table() == table) {
                    return p.many();
                }
            }
            return true;
        }

        List<Ssda903Row> of(Ssda903Table table, String child) {
            return rows.get(table).getOrDefault(child, List.of());
        }
    }
}
