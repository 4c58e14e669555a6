package id.praja.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.praja.security.internal.ThrottlePolicy.State;

/**
 * Holds back password guessing, for the login page and HTTP Basic alike, by client
 * address and by account, with delays that grow after each round of failures (see
 * {@link ThrottlePolicy}), instead of locking accounts: whoever knows a login name could
 * otherwise lock its owner out.
 * <ul>
 * <li>An <b>address</b> is held back after
 * {@code praja.security.throttle.address.failures} failures (5) within 15 minutes, for 1
 * minute, then 2, 4, … up to an hour.</li>
 * <li>An <b>account</b> is held back only when failures come from many addresses (a
 * large-scale attack): an address counts for the accounts it tries only until it is held
 * back itself, so one address adds at most its own threshold to an account, below the
 * account's threshold (30 by default). The account's delay stays short (15 s, doubling up
 * to 2 minutes), so that its owner waits briefly at worst.</li>
 * </ul>
 * Names that do not exist are counted like real ones, so the answer never tells them
 * apart. The state lives in {@code security_login_throttle}, shared by every node and
 * kept across restarts. Bucket4j was considered: its PostgreSQL store keeps token
 * buckets, which refill at a fixed rate; delays that double per round and the rule "an
 * already throttled address no longer counts for accounts" are not buckets, and the few
 * statements here are simpler than bending them into one.
 * <p>
 * The check of an address and the attempt's place are one step: an attempt takes a place
 * among the attempts in flight from its address, and the check counts the failures plus
 * those in flight, so that a burst of parallel guesses from one address gets no more
 * password checks than its threshold. A place not given back (a node stopped mid-check)
 * is forgotten after a minute.
 */
@Component
class LoginThrottle {

	static final String ADDRESS = "address:";

	static final String ACCOUNT = "account:";

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

	private static final Duration IN_FLIGHT_FORGOTTEN = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ThrottlePolicy addresses;

	private final ThrottlePolicy accounts;

	private final Clock clock;

	private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

	@Autowired
	LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${praja.security.throttle.address.failures:5}") int addressFailures,
			@Value("${praja.security.throttle.address.window:PT15M}") Duration addressWindow,
			@Value("${praja.security.throttle.address.first-delay:PT1M}") Duration addressFirstDelay,
			@Value("${praja.security.throttle.address.max-delay:PT1H}") Duration addressMaxDelay,
			@Value("${praja.security.throttle.account.failures:30}") int accountFailures,
			@Value("${praja.security.throttle.account.window:PT15M}") Duration accountWindow,
			@Value("${praja.security.throttle.account.first-delay:PT15S}") Duration accountFirstDelay,
			@Value("${praja.security.throttle.account.max-delay:PT2M}") Duration accountMaxDelay,
			@Value("${praja.security.throttle.forget:P1D}") Duration forget) {
		this(jdbc, transactions,
				new ThrottlePolicy(addressFailures, addressWindow, addressFirstDelay, addressMaxDelay, forget),
				new ThrottlePolicy(accountFailures, accountWindow, accountFirstDelay, accountMaxDelay, forget),
				Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, ThrottlePolicy addresses, ThrottlePolicy accounts,
			Clock clock) {
		if (accounts.failures() <= addresses.failures()) {
			// else one address alone could hold back an account, and so its owner
			throw new IllegalArgumentException(
					"praja.security.throttle.account.failures (%d) must be larger than praja.security.throttle.address.failures (%d)"
						.formatted(accounts.failures(), addresses.failures()));
		}
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.addresses = addresses;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * What a login attempt meets before its password is checked.
	 *
	 * @param throttled true when the address or the account is held back: refuse
	 * unchecked
	 * @param accountFailures true when the account has failures that a success should
	 * clear
	 */
	record Check(boolean throttled, boolean accountFailures) {
	}

	/**
	 * @param username the login name as typed
	 * @param address the client address
	 * @return whether to refuse the attempt unchecked
	 */
	Check check(String username, String address) {
		Instant now = this.clock.instant();
		String account = accountKey(username);
		boolean addressThrottled = this.transactions.execute(tx -> {
			String key = addressKey(address);
			State state = lock(key, now);
			if (state.blockedAt(now)) {
				return true;
			}
			int failures = now.isBefore(state.windowStart().plus(this.addresses.window())) ? state.failures() : 0;
			int inFlight = this.jdbc.sql("""
					SELECT CASE WHEN in_flight_since IS NULL OR in_flight_since < ? THEN 0 ELSE in_flight END
					FROM security_login_throttle WHERE throttle_key = ?""")
				.params(Timestamp.from(now.minus(IN_FLIGHT_FORGOTTEN)), key)
				.query(Integer.class)
				.single();
			if (failures + inFlight >= this.addresses.failures()) {
				return true;
			}
			this.jdbc
				.sql("UPDATE security_login_throttle SET in_flight = ?, in_flight_since = ? WHERE throttle_key = ?")
				.params(inFlight + 1, Timestamp.from(now), key)
				.update();
			return false;
		});
		if (addressThrottled) {
			return new Check(true, false);
		}
		List<Object[]> rows = this.jdbc
			.sql("SELECT failures, blocked_until FROM security_login_throttle WHERE throttle_key = ?")
			.param(account)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getTimestamp(2) })
			.list();
		boolean throttled = false;
		boolean accountFailures = false;
		for (Object[] row : rows) {
			Timestamp blockedUntil = (Timestamp) row[1];
			throttled |= blockedUntil != null && now.isBefore(blockedUntil.toInstant());
			accountFailures |= (int) row[0] > 0;
		}
		if (throttled) {
			release(address);
		}
		return new Check(throttled, accountFailures);
	}

	/**
	 * Gives back the place an attempt took in {@link #check} (after its password was
	 * checked, or when it was refused for its account).
	 * @param address the client address
	 */
	void release(String address) {
		this.jdbc
			.sql("UPDATE security_login_throttle SET in_flight = GREATEST(in_flight - 1, 0) WHERE throttle_key = ?")
			.param(addressKey(address))
			.update();
	}

	/**
	 * Records a failed attempt (wrong password or unknown name) for the address, and for
	 * the account unless the address has already been held back.
	 * @param username the login name as typed
	 * @param address the client address
	 */
	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult(tx -> {
			// always the address first, then the account: one lock order, no deadlock
			State before = lock(addressKey(address), now);
			release(address);
			save(addressKey(address), this.addresses.afterFailure(before, now));
			if (this.addresses.strikesAt(before, now) == 0) {
				save(accountKey(username), this.accounts.afterFailure(lock(accountKey(username), now), now));
			}
		});
		prune(now);
	}

	/**
	 * A correct password clears the account's failures (its rounds are kept, and the
	 * address's count too: else a valid login between guesses would reset them).
	 * @param username the login name
	 */
	void succeeded(String username) {
		this.jdbc.sql("UPDATE security_login_throttle SET failures = 0 WHERE throttle_key = ? AND failures > 0")
			.param(accountKey(username))
			.update();
	}

	private State lock(String key, Instant now) {
		this.jdbc.sql("""
				INSERT INTO security_login_throttle (throttle_key, failures, window_start, strikes, last_failure)
				VALUES (?, 0, ?, 0, ?) ON CONFLICT (throttle_key) DO NOTHING""")
			.params(key, Timestamp.from(now), Timestamp.from(now))
			.update();
		return this.jdbc.sql("""
				SELECT failures, window_start, strikes, blocked_until, last_failure
				FROM security_login_throttle WHERE throttle_key = ? FOR UPDATE""")
			.param(key)
			.query((rs, n) -> new State(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
					(rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toInstant() : null,
					rs.getTimestamp(5).toInstant()))
			.single();
	}

	private void save(String key, State state) {
		this.jdbc.sql("""
				UPDATE security_login_throttle
				SET failures = ?, window_start = ?, strikes = ?, blocked_until = ?, last_failure = ?
				WHERE throttle_key = ?""")
			.params(state.failures(), Timestamp.from(state.windowStart()), state.strikes(),
					(state.blockedUntil() != null) ? Timestamp.from(state.blockedUntil()) : null,
					Timestamp.from(state.lastFailure()), key)
			.update();
	}

	/** Forgets keys without a failure for a day (at most every 10 minutes per node). */
	private void prune(Instant now) {
		Instant last = this.lastPrune.get();
		if (now.isBefore(last.plus(PRUNE_EVERY)) || !this.lastPrune.compareAndSet(last, now)) {
			return;
		}
		Duration forget = this.addresses.forget().compareTo(this.accounts.forget()) > 0 ? this.addresses.forget()
				: this.accounts.forget();
		this.jdbc.sql("""
				DELETE FROM security_login_throttle
				WHERE last_failure < ? AND (blocked_until IS NULL OR blocked_until < ?)""")
			.params(Timestamp.from(now.minus(forget)), Timestamp.from(now))
			.update();
	}

	static String accountKey(String username) {
		String name = (username == null) ? "" : username.toLowerCase(Locale.ROOT);
		return ACCOUNT + ((name.length() > 100) ? name.substring(0, 100) : name);
	}

	/**
	 * An IPv4 address as it is; an IPv6 address by its /64 network, since one host
	 * usually holds a whole /64 and could change address at will within it.
	 */
	static String addressKey(String address) {
		if (address == null || address.isBlank()) {
			return ADDRESS + "unknown";
		}
		if (address.indexOf(':') >= 0 && address.matches("[0-9a-fA-F:.%a-zA-Z]+")) {
			try {
				byte[] bytes = InetAddress.getByName(address.replaceFirst("%.*$", "")).getAddress();
				if (bytes.length == 16) {
					return ADDRESS + HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
				}
			}
			catch (UnknownHostException ex) {
				// not an address literal: keep the text
			}
		}
		return ADDRESS + ((address.length() > 100) ? address.substring(0, 100) : address);
	}

}
