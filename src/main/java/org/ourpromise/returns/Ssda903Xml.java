package org.ourpromise.returns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ourpromise.returns.xml.XmlReturnReader;
import org.ourpromise.returns.xml.XmlReturnWriter;
import org.ourpromise.returns.xml.XmlSchemas;

/**
 * The SSDA903 return as DfE's XML ({@code export-903 --format xml}): written with the JDK's StAX
 * writer, checked against the collection year's schema with {@code javax.xml.validation}, and read
 * back into the CSV tables.
 *
 * <p>The schema of a year is DfE's 2021 schema ({@code returns/ssda903-2021.xsd}) for the years before
 * 2023-24, and from 2023-24 to 2026-27 a schema derived from it with that year's additions
 * ({@code returns/ssda903-2023-24.xsd} ...): social worker episodes, three-character placement codes
 * (Z11–Z14), Deprivation of Liberty Orders. The element names of the additions are Promise's own
 * choice (UNCONFIRMED): see docs/decisions/ssda903-xml-schemas-by-year.md.
 *
 * <p>{@code year} is the collection year ending 31 March {@code year}, as everywhere in Promise.
 */
public final class Ssda903Xml {

    private Ssda903Xml() {
    }

    /**
     * Writes the return as the year's XML: one CHILD per Header row, in the return's order. Optional
     * elements with no value are left out; required ones with no value are written empty. Tables not
     * collected in the year (SWEpisodes before 2023-24, DoLo before 2026-27) are not written. The stream is
     * flushed, not closed.
     *
     * @throws IllegalArgumentException when the rows cannot take the XML's shape (a child's rows
     *         without its Header row, two Header rows for a child, two rows of a once-per-child table)
     */
    public static void write(Ssda903Return ret, int year, OutputStream out) {
        XmlSchemas.resource(year);
        try {
            XmlReturnWriter.write(ret, year, out);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the XML return: " + e.getMessage(), e));
        }
    }

    /** Writes the return to a file (parent directories created), as {@link #write(Ssda903Return, int, OutputStream)}. */
    public static void write(Ssda903Return ret, int year, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                write(ret, year, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XML return to " + file, e);
        }
    }

    /**
     * The file's problems against the year's schema, one line each ("line L, column C: ..."); empty when
     * it conforms. Only the first {@value XmlSchemas#LISTED_PROBLEMS} are listed, then a count of the rest.
     * Code values are not the schema's concern: {@link ReturnValidator} checks them.
     */
    public static List<String> validate(Path xml, int year) {
        return XmlSchemas.validate(xml, year);
    }

    /**
     * Reads the year's XML into the CSV tables (the inverse of {@code write}: the same rows, in the
     * same order, for a return whose tables are in CHILD order). The copies of DOB and SEX in the other
     * tables are taken from the child's HEADER. Element order is not checked: {@link #validate} first.
     *
     * @throws Ssda903ReadException one line per problem: not well-formed, unknown element, CHILD without CHILDID
     */
    public static Ssda903Return read(Path xml, int year) throws Ssda903ReadException {
        XmlSchemas.resource(year);
        return XmlReturnReader.read(xml, year);
    }

    /** The classpath resource of the year's schema, e.g. {@code /returns/ssda903-2025-26.xsd}. */
    public static String schemaResource(int year) {
        return XmlSchemas.resource(year);
    }
}
