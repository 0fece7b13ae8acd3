package org.ourpromise.education;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests for advice about previously looked-after children added from outside the room (the demo council). */
@Service
public class AdviceRequestBook {

    private final AdviceRequests requests;

    AdviceRequestBook(AdviceRequests requests) {
        this.requests = requests;
    }

    @Transactional
    public void add(AdviceRequest request, String username) {
        requests.add(request, username);
    }
}
