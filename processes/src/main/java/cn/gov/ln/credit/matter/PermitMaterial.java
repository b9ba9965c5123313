package cn.gov.ln.credit.matter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One paper of a matter's material catalogue (申请材料): whether it must be attached, whether a signed pledge in
 * lieu of certificates replaces it, and which file types and size it may have where these differ from the
 * default (PDF, JPEG or PNG up to 20 MB).
 */
public record PermitMaterial(String matterCode, int seq, String name, boolean required, boolean replacedByPledge,
        String acceptedTypes, Integer maxSizeMb) {

    /** The types every paper may have unless its catalogue entry narrows them. */
    public static final List<String> DEFAULT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");
    public static final int DEFAULT_MAX_MB = 20;

    /** The MIME types the paper may have. */
    public List<String> types() {
        if (acceptedTypes == null || acceptedTypes.isBlank()) {
            return DEFAULT_TYPES;
        }
        return Arrays.stream(acceptedTypes.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public boolean accepts(String contentType) {
        return contentType != null && Set.copyOf(types()).contains(contentType);
    }

    public int maxMegabytes() {
        return maxSizeMb == null || maxSizeMb <= 0 ? DEFAULT_MAX_MB : maxSizeMb;
    }

    public long maxBytes() {
        return maxMegabytes() * 1024L * 1024L;
    }

    /** Whether an applicant must attach it: required, unless a pledge in lieu is offered for it. */
    public boolean requiredWhen(boolean filedOnPledge) {
        return required && !(filedOnPledge && replacedByPledge);
    }
}
