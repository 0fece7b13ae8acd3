package org.ourpromise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * No class over 400 lines and no method over 40 in {@code src/main} (STYLE.md): a class or method that size does
 * more than one thing and should be split by concept. A class is measured by its source file; a method by the
 * lines its compiled code stands on (first to last line of its line-number table, lambdas on their own), so
 * comments and blank lines around it do not count. Constructors and static initialisers gather field initialisers
 * from across their class, so they are measured by the number of lines that hold code.
 */
class SizeRulesTests {

    static final int MOST_LINES_IN_A_CLASS = 400;
    static final int MOST_LINES_IN_A_METHOD = 40;

    /** Lasting exceptions, each with its reason: data tables and generated code, not logic. */
    static final Map<String, String> ALLOWED = Map.of(
            "org.ourpromise.returns.CodeListData.labels",
            "a data table: the DfE code lists' labels, one line a code list",
            "org.ourpromise.timescales.DeadlineRule.<clinit>",
            "a data table: the enum's constants, each a deadline rule with its description",
            "org.ourpromise.reports.ReportSection.<clinit>",
            "a data table: the enum's constants, each a section of the annual report with its title and text");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noClassIsOverFourHundredLines() throws IOException {
        var tooLong = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lines = Files.readAllLines(file).size();
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (lines > MOST_LINES_IN_A_CLASS && !excepted(name)) {
                    tooLong.add(name + " has " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).as("classes over %d lines: split them by concept", MOST_LINES_IN_A_CLASS).isEmpty();
    }

    @Test
    void noMethodIsOverFortyLines() throws IOException {
        var tooLong = new ArrayList<String>();
        methodLengths().forEach((method, lines) -> {
            if (lines > MOST_LINES_IN_A_METHOD && !excepted(method)) {
                tooLong.add(method + " has " + lines + " lines");
            }
        });
        assertThat(tooLong).as("methods over %d lines: split them by concept", MOST_LINES_IN_A_METHOD).isEmpty();
    }

    @Test
    void theExceptionsStillExist() throws IOException {
        // An exception that no longer matches anything must go, so the lists only ever shrink.
        var methods = methodLengths();
        var stale = new ArrayList<String>();
        for (var name : ALLOWED.keySet()) {
            boolean present = name.endsWith(".java")
                    ? Files.readAllLines(SOURCES.resolve(name)).size() > MOST_LINES_IN_A_CLASS
                    : methods.entrySet().stream().anyMatch(m -> m.getValue() > MOST_LINES_IN_A_METHOD
                            && (m.getKey().equals(name) || m.getKey().startsWith(name + "$")));
            if (!present) {
                stale.add(name);
            }
        }
        assertThat(stale).as("exceptions that are no longer needed: remove them").isEmpty();
    }

    /** The length of every method compiled from {@code src/main}, by name. */
    private static Map<String, Integer> methodLengths() throws IOException {
        var lengths = new TreeMap<String, Integer>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/ourpromise"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    methodLengths(new ClassReader(in), (method, lines) -> lengths.merge(method, lines, Math::max));
                }
            }
        }
        return lengths;
    }

    private static boolean excepted(String name) {
        String method = name.contains("$lambda$") ? name.substring(0, name.indexOf("$lambda$")) : name;
        return ALLOWED.containsKey(method);
    }

    interface MethodLength {
        void measured(String method, int lines);
    }

    /**
     * Reports each method of the class with its length. A lambda is reported as {@code Class.method$lambda$...}
     * so that an exception for a method also covers the lambdas written in it. Bridges have no source. A class
     * whose source file is gone (left in {@code target/classes} by an earlier build) is not measured.
     */
    static void methodLengths(ClassReader reader, MethodLength to) {
        String className = reader.getClassName().replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            private boolean stale;

            @Override
            public void visitSource(String source, String debug) {
                String folder = reader.getClassName().substring(0, reader.getClassName().lastIndexOf('/') + 1);
                stale = source != null && !Files.exists(SOURCES.resolve(folder + source));
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                if (stale || (access & Opcodes.ACC_BRIDGE) != 0) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    private final TreeSet<Integer> lines = new TreeSet<>();

                    @Override
                    public void visitLineNumber(int line, Label start) {
                        lines.add(line);
                    }

                    @Override
                    public void visitEnd() {
                        if (lines.isEmpty()) {
                            return;
                        }
                        boolean gathered = name.equals("<init>") || name.equals("<clinit>");
                        int length = gathered ? lines.size() : lines.last() - lines.first() + 1;
                        to.measured(className + "." + displayed(name), length);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }

    /** {@code lambda$period$3} becomes {@code period$lambda$3}, named after the method it is written in. */
    private static String displayed(String method) {
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            return parts[1] + "$lambda$" + parts[parts.length - 1];
        }
        return method;
    }
}
