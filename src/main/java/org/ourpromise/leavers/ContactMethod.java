package org.ourpromise.leavers;

/** How a contact with a care leaver was made. Only a contact in person is a visit. */
public enum ContactMethod {
    IN_PERSON("In person"), PHONE("Phone"), VIDEO("Video call"), MESSAGE("Text or WhatsApp"), EMAIL("Email");

    private final String words;

    ContactMethod(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
