package io.dtaolab.analysis.detect;

/** The transfer that funded a coldkey (see {@link io.dtaolab.engine.MonitorTrace#funding}); TAO. */
public record FundingEvent(long block, int coldkey, long source, boolean exchange, double tao) {
}
