package cn.gov.ln.credit.penalty;

/** What a case asks the departments to do: apply the measures (发起惩戒) or lift them (解除惩戒). */
public enum PenaltyAction {
    INITIATE,
    LIFT
}
