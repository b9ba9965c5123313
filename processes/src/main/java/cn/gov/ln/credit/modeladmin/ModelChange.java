package cn.gov.ln.credit.modeladmin;

/**
 * One difference between the running version of a model and a draft: an element added or removed, or one
 * attribute (or the element's text, as {@code #text}) changed from {@code before} to {@code after}.
 */
public record ModelChange(Kind kind, String elementId, String elementType, String attribute, String before,
        String after) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }
}
