package org.ourpromise.missing;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.MissingEpisode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Episodes of going missing or away from placement, for rooms that need them without the rest of the record
 * (children at risk); the table stays this room's.
 */
@Service
public class MissingEpisodes {

    private final MissingEpisodeRepository missing;

    MissingEpisodes(MissingEpisodeRepository missing) {
        this.missing = missing;
    }

    /** One child's episodes, or every child's when the id is null, in date order, by child id. */
    @Transactional(readOnly = true)
    public Map<String, List<MissingEpisode>> byChild(@Nullable String childId) {
        return missing.episodes(childId);
    }
}
