package org.ourpromise.lists;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a user's latest audit entry of an action names: its detail and the children it showed, by ID. */
public record ShownInAudit(String detail, List<String> children) {

    public static ShownInAudit latest(JdbcTemplate jdbc, String username, String action) {
        var entry = jdbc.queryForMap("select child_id, detail, children_list from audit_event where audit_id = "
                + "(select max(audit_id) from audit_event where username = ? and action = ?)", username, action);
        Object list = entry.get("children_list");
        List<String> children = list != null
                ? jdbc.queryForList("select child_id from audit_list_child where list_id = ? order by child_id",
                        String.class, list)
                : entry.get("child_id") == null ? List.of() : List.of((String) entry.get("child_id"));
        return new ShownInAudit((String) entry.get("detail"), children);
    }
}
