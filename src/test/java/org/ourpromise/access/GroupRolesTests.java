package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The identity provider's groups to a Promise role, from the settings {@code promise.oidc.roles.<group>=ROLE}. */
class GroupRolesTests {

    private static final String SOCIAL_WORKERS = "5b0c6a1e-0f1d-4e8a-9a51-3c2a1f0e9b11";
    private final GroupRoles roles = GroupRoles.of(Map.of(SOCIAL_WORKERS, "SOCIAL_WORKER",
            "TEAM-MANAGERS", " team_manager ", "iros", "INDEPENDENT_REVIEWING_OFFICER"));

    @Test
    @DisplayName("one mapped group among others gives its role; group ids and role names ignore case")
    void oneRole() {
        assertThat(roles.roleFor(List.of("unrelated", SOCIAL_WORKERS.toUpperCase())).role())
                .contains(Role.SOCIAL_WORKER);
        assertThat(roles.roleFor(List.of("team-managers")).role()).contains(Role.TEAM_MANAGER);
        assertThat(roles.roleFor(List.of("iros", "IROS")).role()).as("the same role twice is one role")
                .contains(Role.INDEPENDENT_REVIEWING_OFFICER);
    }

    @Test
    @DisplayName("no mapped group, no groups at all, or groups of two roles: no role, with the reason")
    void refusals() {
        assertThat(roles.roleFor(List.of("unrelated"))).isEqualTo(
                new GroupRoles.Verdict(Optional.empty(), OidcRefusal.NO_ROLE));
        assertThat(roles.roleFor(List.of()).refusal()).isEqualTo(OidcRefusal.NO_ROLE);
        assertThat(roles.roleFor(List.of(SOCIAL_WORKERS, "iros")).refusal()).isEqualTo(OidcRefusal.SEVERAL_ROLES);
        assertThat(GroupRoles.of(Map.of()).roleFor(List.of(SOCIAL_WORKERS)).refusal()).isEqualTo(OidcRefusal.NO_ROLE);
    }

    @Test
    @DisplayName("a setting naming no role stops the start, naming the setting")
    void unknownRole() {
        assertThatThrownBy(() -> GroupRoles.of(Map.of("g1", "SUPERUSER")))
                .hasMessageContaining("promise.oidc.roles.g1=SUPERUSER is not a role");
    }
}
