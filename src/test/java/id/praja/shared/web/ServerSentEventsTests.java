package id.praja.shared.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.praja.shared.EventStream;
import id.praja.shared.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerSentEventsTests {

	@Test
	void handsTheStreamToTheModuleBeforeTheControllerReturnsIt() {
		AtomicReference<EventStream> handed = new AtomicReference<>();
		SseEmitter emitter = ServerSentEvents.open(Duration.ofMinutes(15), handed::set);
		assertThat(emitter.getTimeout()).isEqualTo(15 * 60 * 1000L);
		assertThat(handed.get()).isNotNull();
		assertThat(handed.get().send("progress", "{}")).isTrue();
		assertThat(handed.get().ping()).isTrue();
	}

	@Test
	void aStreamThatEndedRefusesFurtherEvents() {
		EventStream stream = ServerSentEvents.of(new SseEmitter());
		stream.close();
		assertThat(stream.send("progress", "{}")).isFalse();
		assertThat(stream.ping()).isFalse();
		stream.close(); // closing twice is harmless
	}

	@Test
	void whatTheModuleThrowsIsTheAnswerInsteadOfTheStream() {
		assertThatThrownBy(() -> ServerSentEvents.open(Duration.ofMinutes(1), stream -> {
			throw new NotFound("no floor game 7");
		})).isInstanceOf(NotFound.class);
	}

}
