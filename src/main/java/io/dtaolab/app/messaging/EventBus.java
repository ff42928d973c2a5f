package io.dtaolab.app.messaging;

import io.dtaolab.app.config.LabConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * The engine side of the channels. Run threads {@link #publish} into a bounded queue and return at once; one
 * dispatcher thread moves events to the channel emitters, so a slow consumer delays only the dispatcher, and
 * when the queue is full further events are dropped and counted. State changes are never dropped.
 */
@ApplicationScoped
public class EventBus {
    private static final Logger LOG = Logger.getLogger(EventBus.class);

    private final int capacity;
    private final DroppedEvents dropped;
    private final LinkedBlockingQueue<RunEvent> queue = new LinkedBlockingQueue<>();
    private final Emitter<RunEvent.StateChanged> state;
    private final Emitter<RunEvent.TempoClosed> tempo;
    private final Emitter<RunEvent.TradeExecuted> trades;
    private final Emitter<RunEvent.BlockStepped> blocks;
    private final Emitter<RunEvent.Alarm> alarms;
    private volatile boolean running;
    private Thread dispatcher;

    public EventBus(LabConfig config, DroppedEvents dropped,
                    @Channel(Channels.STATE) @Broadcast Emitter<RunEvent.StateChanged> state,
                    @Channel(Channels.TEMPO) @Broadcast Emitter<RunEvent.TempoClosed> tempo,
                    @Channel(Channels.TRADES) @Broadcast Emitter<RunEvent.TradeExecuted> trades,
                    @Channel(Channels.BLOCKS) @Broadcast Emitter<RunEvent.BlockStepped> blocks,
                    @Channel(Channels.ALARMS) @Broadcast Emitter<RunEvent.Alarm> alarms) {
        this.capacity = config.events().buffer();
        this.dropped = dropped;
        this.state = state;
        this.tempo = tempo;
        this.trades = trades;
        this.blocks = blocks;
        this.alarms = alarms;
    }

    void start(@Observes StartupEvent ignored) {
        running = true;
        dispatcher = new Thread(this::dispatchLoop, "lab-events");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Runs after the run manager has stopped its runs, so their last state changes still go out. */
    void stop(@Observes @Priority(10) ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (dispatcher != null) {
            dispatcher.join(5_000);
        }
    }

    /** Never blocks. */
    public void publish(RunEvent event) {
        if (!(event instanceof RunEvent.StateChanged) && queue.size() >= capacity) {
            dropped.increment();
            return;
        }
        queue.offer(event);
    }

    public int queued() {
        return queue.size();
    }

    private void dispatchLoop() {
        while (running || !queue.isEmpty()) {
            try {
                RunEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    dispatch(event);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                dropped.increment();
                LOG.debugf(e, "event not delivered");
            }
        }
    }

    private void dispatch(RunEvent event) {
        if (event instanceof RunEvent.StateChanged e) {
            send(state, e);
        } else if (event instanceof RunEvent.TempoClosed e) {
            send(tempo, e);
        } else if (event instanceof RunEvent.TradeExecuted e) {
            send(trades, e);
        } else if (event instanceof RunEvent.BlockStepped e) {
            send(blocks, e);
        } else if (event instanceof RunEvent.Alarm e) {
            send(alarms, e);
        }
    }

    private <T> void send(Emitter<T> emitter, T payload) {
        if (!emitter.hasRequests()) {
            dropped.increment();
            return;
        }
        emitter.send(payload);
    }
}
