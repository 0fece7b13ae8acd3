package org.ourpromise.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Promise role the identity provider's groups give: the settings {@code promise.oidc.roles.<group-id>=ROLE}
 * name, for each group, the role its members have. A user whose groups name no role, or two different roles, is
 * refused (deny by default: a person has one role in Promise). Group ids are compared ignoring case (Entra ID's are
 * GUIDs).
 */
final class GroupRoles {

    /** The role the groups give, or the reason there is none. */
    record Verdict(Optional<Role> role, OidcRefusal refusal) {
    }

    private final Map<String, Role> roleByGroup;

    private GroupRoles(Map<String, Role> roleByGroup) {
        this.roleByGroup = roleByGroup;
    }

    /** From the settings; an unknown role name stops the server starting, naming the setting. */
    static GroupRoles of(Map<String, String> settings) {
        var map = new LinkedHashMap<String, Role>();
        settings.forEach((group, role) -> {
            try {
                map.put(group.toLowerCase(Locale.ROOT), Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("promise.oidc.roles." + group + "=" + role
                        + " is not a role; use one of " + java.util.Arrays.toString(Role.values()), e);
            }
        });
        return new GroupRoles(Map.copyOf(map));
    }

    boolean isEmpty() {
        return roleByGroup.isEmpty();
    }

    Verdict roleFor(Collection<String> groups) {
        var roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            var role = roleByGroup.get(group.toLowerCase(Locale.ROOT));
            if (role != null) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            return new Verdict(Optional.empty(), OidcRefusal.NO_ROLE);
        }
        if (roles.size() > 1) {
            return new Verdict(Optional.empty(), OidcRefusal.SEVERAL_ROLES);
        }
        return new Verdict(Optional.of(roles.iterator().next()), OidcRefusal.NONE);
    }
}
