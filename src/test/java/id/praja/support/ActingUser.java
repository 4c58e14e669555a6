package id.praja.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * For tests that act as a user ({@code @WithUserDetails}) both through MockMvc and by
 * calling the modules' facades directly: the security filter chain ends every request by
 * clearing the thread's security context, and scoping fails closed, so without this the
 * facade calls after a request would see nothing. After each request the test's user is
 * put back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ActingUser {

	@Bean
	MockMvcBuilderCustomizer restoreTheTestsUser() {
		return builder -> builder
			.alwaysDo(result -> SecurityContextHolder.setContext(TestSecurityContextHolder.getContext()));
	}

}
