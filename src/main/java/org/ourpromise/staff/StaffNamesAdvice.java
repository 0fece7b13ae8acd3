package org.ourpromise.staff;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page can show a worker by name: {@code ${workerNames.of(id)}}. */
@ControllerAdvice
class StaffNamesAdvice {

    private final StaffDirectory directory;

    StaffNamesAdvice(StaffDirectory directory) {
        this.directory = directory;
    }

    @ModelAttribute("workerNames")
    WorkerNames workerNames() {
        return directory.names();
    }
}
