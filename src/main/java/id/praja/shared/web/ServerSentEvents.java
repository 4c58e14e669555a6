package id.praja.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.praja.shared.EventStream;

/**
 * The one place where an {@link EventStream} becomes server-sent events: a controller
 * opens the stream and hands it to its module, which sends into it.
 */
public final class ServerSentEvents {

	private ServerSentEvents() {
	}

	/**
	 * Opens a stream of server-sent events.
	 * @param timeout how long the connection may stay open (the page reconnects after)
	 * @param watch hands the stream to the module that feeds it; what it throws (a
	 * {@code NotFound}) is the answer instead of the stream
	 * @return the emitter for the controller to return
	 */
	public static SseEmitter open(Duration timeout, Consumer<EventStream> watch) {
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		watch.accept(of(emitter));
		return emitter;
	}

	/**
	 * @param emitter an emitter
	 * @return the emitter as an event stream
	 */
	public static EventStream of(SseEmitter emitter) {
		return new Stream(emitter);
	}

	private static final class Stream implements EventStream {

		private final SseEmitter emitter;

		private final List<Runnable> onClose = new CopyOnWriteArrayList<>();

		private final AtomicBoolean closed = new AtomicBoolean();

		private volatile Exception failure;

		Stream(SseEmitter emitter) {
			this.emitter = emitter;
			// one callback each: the emitter keeps a single one per kind
			emitter.onCompletion(this::closed);
			emitter.onTimeout(this::closed);
			emitter.onError(ex -> closed());
		}

		@Override
		public boolean send(String name, Object data) {
			return send(SseEmitter.event().name(name).data(data));
		}

		@Override
		public boolean ping() {
			return send(SseEmitter.event().comment("ping"));
		}

		private boolean send(SseEmitter.SseEventBuilder event) {
			try {
				this.emitter.send(event);
				return true;
			}
			catch (IOException | IllegalStateException ex) {
				this.failure = ex;
				return false;
			}
		}

		@Override
		public void close() {
			try {
				if (this.failure != null) {
					this.emitter.completeWithError(this.failure);
				}
				else {
					this.emitter.complete();
				}
			}
			catch (RuntimeException ignored) {
				// already completed
			}
		}

		@Override
		public void onClose(Runnable action) {
			this.onClose.add(action);
		}

		private void closed() {
			if (this.closed.compareAndSet(false, true)) {
				this.onClose.forEach(Runnable::run);
			}
		}

	}

}
