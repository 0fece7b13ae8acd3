package org.ourpromise.returns.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML schema of each collection year and validation against it with the JDK's
 * {@code javax.xml.validation}. DfE's 2021 schema serves the years before 2023-24; 2023-24 to 2026-27
 * have schemas derived from it with that year's additions (docs/decisions/ssda903-xml-schemas-by-year.md).
 */
public final class XmlSchemas {

    /** Schema problems listed in full before the rest are only counted: a broken national file has millions. */
    public static final int LISTED_PROBLEMS = 1000;

    private static final int FIRST_DERIVED_YEAR = 2024;
    private static final int LAST_YEAR = 2027;
    private static final Map<Integer, Schema> CACHE = new ConcurrentHashMap<>();

    private XmlSchemas() {
    }

    /** The classpath resource of the schema for the collection year ending 31 March {@code year}. */
    public static String resource(int year) {
        if (year > LAST_YEAR) {
            throw new IllegalArgumentException("no SSDA903 XML schema for " + label(year)
                    + "; Promise has schemas up to " + label(LAST_YEAR));
        }
        return year < FIRST_DERIVED_YEAR ? "/returns/ssda903-2021.xsd" : "/returns/ssda903-" + label(year) + ".xsd";
    }

    /** 2026 becomes "2025-26". */
    static String label(int year) {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }

    public static Schema schema(int year) {
        String resource = resource(year);
        return CACHE.computeIfAbsent(year, y -> load(resource));
    }

    private static Schema load(String resource) {
        var url = XmlSchemas.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("XML schema " + resource + " is missing from the build");
        }
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try (var in = url.openStream()) {
                return factory.newSchema(new StreamSource(in, url.toString()));
            }
        } catch (SAXException e) {
            throw new IllegalStateException("XML schema " + resource + " does not load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every schema problem of the file, one line each: "line L, column C: message". A file that is not
     * well-formed XML stops at its first such problem. After {@link #LISTED_PROBLEMS} lines, one more
     * line gives the count of the rest.
     */
    public static List<String> validate(Path xml, int year) {
        var problems = new Problems();
        try {
            var validator = schema(year).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(problems);
            validator.validate(new StreamSource(xml.toFile()));
        } catch (SAXParseException e) {
            problems.add(e);
        } catch (SAXException e) {
            problems.lines.add(xml.getFileName() + ": " + e.getMessage());
        } catch (IOException e) {
            problems.lines.add(xml.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
        return problems.lines();
    }

    /** Collects problems instead of stopping at the first, as a submission check must list them all. */
    private static final class Problems implements ErrorHandler {
        private final List<String> lines = new ArrayList<>();
        private @Nullable SAXParseException last;
        private long unlisted;

        void add(SAXParseException e) {
            if (e == last) {
                return; // a fatal error is reported to the handler and then thrown
            }
            last = e;
            if (lines.size() < LISTED_PROBLEMS) {
                lines.add("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
            } else {
                unlisted++;
            }
        }

        List<String> lines() {
            if (unlisted > 0) {
                lines.add("... and " + unlisted + " more schema problems not listed");
            }
            return List.copyOf(lines);
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings are not schema violations; DfE's checks accept the file.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add(e);
            throw e;
        }
    }
}
