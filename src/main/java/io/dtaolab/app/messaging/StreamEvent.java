package io.dtaolab.app.messaging;

import io.dtaolab.engine.BlockSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One Server-Sent Event of a run's stream as OpenAPI describes it: the frame's {@code event}, {@code id} and
 * {@code data} fields. Documentation only: {@link SseBroadcaster} writes the frames.
 */
@Schema(name = "RunStreamEvent", description = "One frame of text/event-stream: 'event: <name>', 'id: <n>', "
        + "'data: <one line of JSON>', blank line. The stream opens with the run's current state (and its latest tempo) "
        + "and ends after the final state event. Payload by event: state → StreamState, tempo → StreamTempo, "
        + "trade → StreamTrade, progress → BlockSummary, alarm → Alarm.")
public record StreamEvent(
        @Schema(required = true, enumeration = {"state", "tempo", "trade", "progress", "alarm"}) String event,
        @Schema(required = true, description = "increasing over the server's life") String id,
        @Schema(required = true, oneOf = {SseViews.State.class, SseViews.Tempo.class, SseViews.TradeView.class,
                BlockSummary.class, RunEvent.Alarm.class}) Object data) {
}
