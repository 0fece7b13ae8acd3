package org.ourpromise.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text the service writes itself for each section of the annual report (the story behind the figures).
 * Promise never writes it: a section without text shows {@link #PLACEHOLDER}. Immutable; the web UI stores
 * edited text and hands it back here.
 */
public final class ReportNarrative {

    public static final String PLACEHOLDER = "Narrative: to be written by the service";

    private final Map<ReportSection, String> texts;

    private ReportNarrative(Map<ReportSection, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
    }

    public static ReportNarrative empty() {
        return new ReportNarrative(new EnumMap<>(ReportSection.class));
    }

    public static ReportNarrative of(Map<ReportSection, String> texts) {
        var copy = new EnumMap<ReportSection, String>(ReportSection.class);
        texts.forEach((section, text) -> {
            if (!text.isBlank()) {
                copy.put(section, text.strip());
            }
        });
        return new ReportNarrative(copy);
    }

    /** A copy with the section's text replaced (blank text removes it). */
    public ReportNarrative with(ReportSection section, String text) {
        var copy = new EnumMap<ReportSection, String>(ReportSection.class);
        copy.putAll(texts);
        if (text.isBlank()) {
            copy.remove(section);
        } else {
            copy.put(section, text.strip());
        }
        return new ReportNarrative(copy);
    }

    public Optional<String> text(ReportSection section) {
        return Optional.ofNullable(texts.get(section));
    }

    public Map<ReportSection, String> texts() {
        return texts;
    }

    /** The sections still showing the placeholder, in report order. */
    public List<ReportSection> unwritten() {
        return java.util.Arrays.stream(ReportSection.values()).filter(s -> !texts.containsKey(s)).toList();
    }
}
