package id.praja.command.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's sustained figures count only the reports the server acknowledged.
 */
class IngestBenchmarkTests {

	@Test
	void theSustainedRateCountsOnlyAcknowledgedReports() {
		long second = 1_000_000_000L;
		// four reports after the warm-up, sent over two seconds; two were refused (503)
		long[] latency = { 5, 5, 7, 1, 9, 1 };
		long[] begins = { 0, 0, second, second, 2 * second, 2 * second };
		boolean[] ok = { true, true, true, false, true, false };

		IngestBenchmark.Sustained sustained = IngestBenchmark.Sustained.of(latency, begins, ok, 3 * second, 2);

		assertThat(sustained.sent()).isEqualTo(4);
		assertThat(sustained.acknowledged()).isEqualTo(2);
		assertThat(sustained.seconds()).isEqualTo(2.0);
		assertThat(sustained.rate()).isEqualTo(1.0);
		assertThat(sustained.latencyNanos()).containsExactly(7, 9);
	}

}
