package org.kesudesk.model;

/** Whether an indicator's target is to be reached every year (每年…) or in total over the plan period. */
public enum IndicatorPeriod {
    PER_YEAR,
    TOTAL
}
