package id.praja.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of demo accounts is the one users read: it must list exactly the
 * accounts the demo data creates, with their password, role and scope.
 */
class DemoAccountsReadmeTests {

	@Test
	void theReadmeListsEveryDemoAccount() throws IOException {
		List<String> rows = Files.readAllLines(Path.of("README.md"))
			.stream()
			.filter(l -> l.startsWith("| ") && l.contains(" | " + DemoAccounts.PASSWORD + " | "))
			.toList();
		assertThat(rows).hasSameSizeAs(DemoAccounts.ACCOUNTS);
		DemoAccounts.ACCOUNTS.forEach(account -> {
			String scope = (account.scope() != null) ? account.scope() : "-";
			assertThat(rows).anySatisfy(row -> assertThat(row)
				.startsWith("| " + account.username() + " | " + DemoAccounts.PASSWORD + " | " + account.role() + " ")
				.contains("| " + scope));
		});
	}

}
