package org.ourpromise.care;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's episodes of care, for rooms that need them without the rest of the record (a worklist of every
 * child in care, a tracker). The care tables stay this room's own: other rooms read them here, never through
 * its repository.
 */
@Service
public class CareEpisodes {

    private final CareEpisodeRepository care;

    CareEpisodes(CareEpisodeRepository care) {
        this.care = care;
    }

    /** One child's episodes, or every child's when the id is null, in date order, by child id. */
    @Transactional(readOnly = true)
    public Map<String, List<CareEpisode>> byChild(@Nullable String childId) {
        return care.episodes(childId);
    }
}
