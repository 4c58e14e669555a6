package id.praja.security.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.context.annotation.Lazy;

import id.praja.security.Role;
import id.praja.security.UserAccount;
import id.praja.security.UserAccounts;

/**
 * Creates the demo accounts listed in the README, in demo mode only. They share one
 * password.
 */
@Component
// made at start-up even for a command (whose other beans are lazy): it prepares the data
@Lazy(false)
class DemoAccounts implements InitializingBean {

	static final String PASSWORD = "praja2024";

	static final List<UserAccount> ACCOUNTS = List.of(
			UserAccount.of("admin", "Administrator Praja", Role.ADMIN, null, true),
			UserAccount.of("kapolres", "Kapolres Jember", Role.KAOPS, "POLRES-JEMBER", true),
			UserAccount.of("kabagops", "Kabag Ops Polres Jember", Role.PERENCANA, "POLRES-JEMBER", true),
			UserAccount.of("kapolsek.tempurejo", "Kapolsek Tempurejo", Role.KAPOLSEK, "POLSEK-TEMPUREJO", true),
			UserAccount.of("kasatgas.preventif", "Kasatgas Preventif", Role.KASATGAS, "SATGAS-PREVENTIF", true),
			UserAccount.of("operator", "Operator Posko", Role.OPERATOR, "POLRES-JEMBER", true),
			UserAccount.of("lapangan", "Bhabinkamtibmas Tempurejo (petugas TPS)", Role.LAPANGAN, "POLSEK-TEMPUREJO",
					true),
			UserAccount.of("humas", "Kasi Humas Polres Jember", Role.HUMAS, "POLRES-JEMBER", true),
			UserAccount.of("polda", "Pengamat Polda Jatim", Role.PENGAMAT, "POLDA-JATIM", true),
			UserAccount.of("karoops", "Karoops Polda Jatim", Role.KAROOPS, "POLDA-JATIM", true));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final UserAccounts accounts;

	private final boolean demo;

	DemoAccounts(UserAccounts accounts, @Value("${praja.demo.enabled:false}") boolean demo) {
		this.accounts = accounts;
		this.demo = demo;
	}

	@Override
	public void afterPropertiesSet() {
		id.praja.shared.SystemScope.run("start-up", this::initialize);
	}

	private void initialize() {
		if (!this.demo) {
			return;
		}
		int created = 0;
		for (UserAccount account : ACCOUNTS) {
			if (this.accounts.find(account.username()).isEmpty()) {
				this.accounts.create(account, PASSWORD);
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demo accounts (password '{}')", created, PASSWORD);
		}
	}

}
