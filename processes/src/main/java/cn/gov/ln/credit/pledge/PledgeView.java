package cn.gov.ln.credit.pledge;

import java.util.List;

/**
 * A pledge as a caller may see it: the record (a natural person's identifier masked unless the caller is the
 * pledger or the department that accepted it), its events, and the names of its template and matter.
 */
public record PledgeView(Pledge pledge, String identifierShown, boolean identifierMasked, String templateTitle,
        String matterName, List<PledgeEvent> events, boolean withdrawable) {
}
