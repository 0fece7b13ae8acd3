package org.ourpromise.retention;

import org.ourpromise.support.EmbeddedPostgresql;

/** The retention scenario on PostgreSQL: the migrations, the catalogue lookup and the postcode SQL as it runs there. */
class RetentionPostgresIT extends RetentionScenario {

    private final String url = EmbeddedPostgresql.freshDatabase("retention");

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "postgres";
    }
}
