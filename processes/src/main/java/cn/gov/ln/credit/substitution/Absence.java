package cn.gov.ln.credit.substitution;

import java.util.Set;

/** An absent officer whom the caller substitutes for now, with the posts the caller acts with for them. */
public record Absence(String username, String displayName, String divisionCode, Set<String> roles) {

    public Absence {
        roles = Set.copyOf(roles);
    }
}
