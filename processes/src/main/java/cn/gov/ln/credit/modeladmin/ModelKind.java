package cn.gov.ln.credit.modeladmin;

/** The kinds of model a process admin edits, by the resource's file extension. */
public enum ModelKind {
    BPMN,
    DMN,
    FORM;

    public static ModelKind of(String resourceName) {
        if (resourceName.endsWith(".bpmn")) {
            return BPMN;
        }
        if (resourceName.endsWith(".dmn")) {
            return DMN;
        }
        if (resourceName.endsWith(".form")) {
            return FORM;
        }
        throw new IllegalArgumentException("not a model resource: " + resourceName);
    }
}
