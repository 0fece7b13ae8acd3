package org.ourpromise.home;

import java.util.List;
import java.util.Set;

/** A person's home page: a sentence on what matters most today, the panels, and the children shown (audited). */
public record HomePage(String lead, List<HomePanel> panels, Set<String> children) {
}
