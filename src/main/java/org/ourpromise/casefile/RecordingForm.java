package org.ourpromise.casefile;

import java.util.List;

/**
 * A form for recording an event on a child's record, as its feature declares it: the last part of its address
 * ({@code /children/{id}/record/<path>}), its page title, its template ({@code <feature>/<path>}), and the fields
 * that feed columns of the SSDA903 return, which are checked against DfE's rules once it is saved.
 */
public record RecordingForm(String path, String title, String view, List<ReturnField> checked) {

    /** A form field, its label and the return's columns it feeds. */
    public record ReturnField(String name, String label, boolean date, List<String> columns) {

        public static ReturnField date(String name, String label, String... columns) {
            return new ReturnField(name, label, true, List.of(columns));
        }

        public static ReturnField field(String name, String label, String... columns) {
            return new ReturnField(name, label, false, List.of(columns));
        }
    }

    public RecordingForm {
        checked = List.copyOf(checked);
    }
}
