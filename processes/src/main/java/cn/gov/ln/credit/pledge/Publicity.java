package cn.gov.ln.credit.pledge;

/** Who may see a pledge: the public portal, a limited circle of departments, or nobody beyond the parties. */
public enum Publicity {
    PUBLIC, LIMITED, NOT_PUBLIC
}
