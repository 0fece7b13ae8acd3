package org.ourpromise.mypromise;

import java.util.List;
import org.ourpromise.writtentoyou.WrittenToYou.About;
import org.springframework.stereotype.Component;

/**
 * The parts of plans, reviews and visits written to the young person, from the room that records them
 * ({@code writtentoyou}): only the words written to them, never the professional record or what others said.
 */
@Component
class WrittenToYouParts implements WrittenToYou {

    private final org.ourpromise.writtentoyou.WrittenToYou written;

    WrittenToYouParts(org.ourpromise.writtentoyou.WrittenToYou written) {
        this.written = written;
    }

    @Override
    public List<Part> partsFor(String childId) {
        return written.of(childId).stream()
                .filter(e -> e.words().writtenToYou() != null && !e.words().writtenToYou().isBlank())
                .map(e -> new Part(kind(e.about(), e.planKind()), e.date(), e.words().writtenToYou()))
                .toList();
    }

    private static Kind kind(About about, String planKind) {
        return switch (about) {
            case VISIT -> Kind.VISIT;
            case REVIEW -> Kind.REVIEW;
            case PLAN -> "PATHWAY_PLAN".equals(planKind) ? Kind.PATHWAY_PLAN : Kind.CARE_PLAN;
        };
    }
}
