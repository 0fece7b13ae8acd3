package org.ourpromise.returns.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ourpromise.returns.Ssda903ReadException;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * Reads the DfE XML of a collection year back into the CSV tables with the JDK's StAX reader: the
 * inverse of {@link XmlReturnWriter}. Elements are found by name, so order is not checked here (the
 * schema does that: validate first); an element the year's XML does not have is a problem. The
 * DOB and SEX columns of the other tables are copied from the child's HEADER; a child gets an AD1
 * or OC3 row when any of that table's HEADER elements has a value, a UASC row when the UASC flag is 1
 * or DUC has a value. Rows are numbered per table
 * in document order, as the CSV data rows are.
 */
public final class XmlReturnReader {

    private static final XMLInputFactory FACTORY = newFactory();

    private final String source;
    private final Map<String, XmlLayout.Part> headerFields = new HashMap<>();
    private final Map<String, XmlLayout.Part> headerWrappers = new HashMap<>();
    private final Map<String, XmlLayout.Part> childWrappers = new HashMap<>();
    private final Map<Ssda903Table, List<XmlLayout.Field>> fieldsOf = new EnumMap<>(Ssda903Table.class);
    private final Map<Ssda903Table, List<Ssda903Row>> rows = new EnumMap<>(Ssda903Table.class);
    private final List<String> problems = new ArrayList<>();

    private XmlReturnReader(String source, int year) {
        this.source = source;
        for (var part : XmlLayout.HEADER_PARTS) {
            if (part.wrapper() == null) {
                part.fields().forEach(f -> headerFields.put(f.element(), part));
            } else {
                headerWrappers.put(part.wrapper(), part);
            }
        }
        XmlLayout.childParts(year).forEach(p -> childWrappers.put(p.wrapper(), p));
        for (var part : XmlLayout.HEADER_PARTS) {
            fieldsOf.computeIfAbsent(part.table(), t -> new ArrayList<>()).addAll(part.fields());
        }
        XmlLayout.childParts(year).forEach(p -> fieldsOf.put(p.table(), p.fields()));
        XmlLayout.tables(year).forEach(t -> rows.put(t, new ArrayList<>()));
    }

    public static Ssda903Return read(Path file, int year) throws Ssda903ReadException {
        var reader = new XmlReturnReader(file.getFileName().toString(), year);
        try (InputStream in = Files.newInputStream(file)) {
            var xml = FACTORY.createXMLStreamReader(in);
            try {
                reader.document(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            reader.problems.add(reader.source + ": not well-formed XML: " + e.getMessage());
        } catch (IOException e) {
            reader.problems.add(reader.source + ": cannot be read (" + e.getMessage() + ")");
        }
        if (!reader.problems.isEmpty()) {
            throw new Ssda903ReadException(reader.problems);
        }
        return Ssda903Return.of(reader.rows);
    }

    private void document(XMLStreamReader xml) throws XMLStreamException {
        xml.nextTag();
        if (!xml.getLocalName().equals("EXPSSDA903")) {
            problem(xml, "the root element is <" + xml.getLocalName() + ">, not <EXPSSDA903>");
            return;
        }
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("CHILD")) {
                child(xml);
            } else {
                unexpected(xml, "EXPSSDA903");
            }
        }
    }

    /** One CHILD: its HEADER's plain elements by name, and each wrapped row as it comes. */
    private void child(XMLStreamReader xml) throws XMLStreamException {
        var location = xml.getLocation().getLineNumber();
        var header = new HashMap<String, String>();
        var wrapped = new ArrayList<Wrapped>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("HEADER")) {
                header(xml, header, wrapped);
            } else if (childWrappers.containsKey(name)) {
                wrapped.add(new Wrapped(childWrappers.get(name), leaves(xml, childWrappers.get(name))));
            } else {
                unexpected(xml, "CHILD");
            }
        }
        String id = header.getOrDefault("CHILDID", "");
        if (id.isEmpty()) {
            problems.add(source + ", line " + location + ": a CHILD without a CHILDID");
            return;
        }
        build(id, header, wrapped);
    }

    private void header(XMLStreamReader xml, Map<String, String> header, List<Wrapped> wrapped)
            throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (headerFields.containsKey(name)) {
                header.put(name, xml.getElementText().strip());
            } else if (headerWrappers.containsKey(name)) {
                wrapped.add(new Wrapped(headerWrappers.get(name), leaves(xml, headerWrappers.get(name))));
            } else {
                unexpected(xml, "HEADER");
            }
        }
    }

    /** The text of each element inside a wrapper, by element name. */
    private Map<String, String> leaves(XMLStreamReader xml, XmlLayout.Part part) throws XMLStreamException {
        var values = new HashMap<String, String>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (part.fields().stream().anyMatch(f -> f.element().equals(name))) {
                values.put(name, xml.getElementText().strip());
            } else {
                unexpected(xml, part.wrapper());
            }
        }
        return values;
    }

    private void build(String id, Map<String, String> header, List<Wrapped> wrapped) {
        add(Ssda903Table.HEADER, row(Ssda903Table.HEADER, id, header, header));
        for (var part : XmlLayout.HEADER_PARTS) {
            if (part.wrapper() == null && part.table() != Ssda903Table.HEADER
                    && part.fields().stream().anyMatch(f -> holds(f, header.getOrDefault(f.element(), "")))) {
                add(part.table(), row(part.table(), id, header, header));
            }
        }
        for (var w : wrapped) {
            add(w.part().table(), row(w.part().table(), id, header, w.values()));
        }
    }

    /** Whether the element says the child has a row of its table: a value, or for the UASC flag, "1" (a "0" is not UASC). */
    private static boolean holds(XmlLayout.Field field, String value) {
        return field.column() == null ? value.equals("1") : !value.isEmpty();
    }

    private void add(Ssda903Table table, String[] values) {
        var list = rows.get(table);
        list.add(new Ssda903Row(table, source, list.size() + 1, values));
    }

    /**
     * A row of the table from the elements read: CHILD is the CHILDID; the DOB and SEX that the other
     * tables repeat come from the HEADER.
     */
    private String[] row(Ssda903Table table, String id, Map<String, String> header, Map<String, String> values) {
        var out = new String[table.columns().size()];
        java.util.Arrays.fill(out, "");
        if (table != Ssda903Table.HEADER) {
            out[0] = id;
            for (var copied : List.of("DOB", "SEX")) {
                int i = table.indexOf(copied);
                if (i >= 0) {
                    out[i] = header.getOrDefault(copied, "");
                }
            }
        }
        for (var f : fieldsOf.get(table)) {
            if (f.column() != null) {
                out[table.indexOf(f.column())] = values.getOrDefault(f.element(), "");
            }
        }
        return out;
    }

    private void unexpected(XMLStreamReader xml, String parent) throws XMLStreamException {
        problem(xml, "unexpected element <" + xml.getLocalName() + "> in <" + parent + ">");
        skip(xml);
    }

    private void problem(XMLStreamReader xml, String what) {
        Location at = xml.getLocation();
        problems.add(source + ", line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + what);
    }

    /** Moves past the end of the current element, whatever it holds. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private record Wrapped(XmlLayout.Part part, Map<String, String> values) {
    }

    private static XMLInputFactory newFactory() {
        var f = XMLInputFactory.newInstance();
        // A return is data, never a carrier of entities: no DTDs, no external entities (XXE).
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
