package org.ourpromise.casefile;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No child with that id: a plain 404, saying nothing about whether the id exists elsewhere. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChildNotFoundException extends RuntimeException {

    public ChildNotFoundException(String childId) {
        super("no child " + childId);
    }
}
