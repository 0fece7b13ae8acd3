package org.ourpromise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Promise: with no arguments it serves the web application; with a subcommand it runs that
 * command without the web server (see {@link PromiseCommandLine}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PromiseApplication {

    public static void main(String[] args) {
        if (args.length > 0 && PromiseCommandLine.isCommand(args[0])) {
            System.exit(PromiseCommandLine.run(args));
        }
        SpringApplication.run(PromiseApplication.class, args);
    }
}
