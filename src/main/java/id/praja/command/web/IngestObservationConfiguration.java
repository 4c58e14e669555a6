package id.praja.command.web;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Field reports are not timed one by one as HTTP requests: on the ingest path that
 * observation costs about a tenth of a report's CPU (profiled with
 * {@code ./praja bench ingest}). Their batches are measured instead, as
 * {@code praja.ingest.batch} (time to store a batch) and {@code praja.ingest.batch.size}
 * (reports per batch) in the Actuator metrics.
 */
@Configuration(proxyBeanMethods = false)
class IngestObservationConfiguration {

	@Bean
	ObservationPredicate noRequestObservationForFieldReports() {
		return (name,
				context) -> !(context instanceof ServerRequestObservationContext request
						&& "POST".equals(request.getCarrier().getMethod())
						&& "/api/v1/field-reports".equals(request.getCarrier().getRequestURI()));
	}

}
