package org.ourpromise.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The participation service's local choices.
 *
 * @param answerWithinDays calendar days from the day young people raise something to the day they should be told
 *                         what the council did about it ("you said, we did"); the ledger's measure counts against it
 */
@ConfigurationProperties("promise.voice")
public record VoiceSettings(@DefaultValue("90") int answerWithinDays) {
}
