package org.dutygraph.change;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per user name and per client address. After {@code maxFailures} failures
 * in a row the key is locked for {@code lock}, and each further failure after a lock ends doubles it,
 * up to {@code maxLock}; a successful sign-in clears the user and the address. While a key is locked
 * its sign-ins are refused without checking the password, so a guesser learns nothing and costs no
 * bcrypt round. Bounded: at most {@value #MAX_KEYS} keys are kept, the oldest idle ones dropped first.
 */
public final class SignInThrottle {

	static final int MAX_KEYS = 10_000;

	private final Clock clock;

	private final SecurityUsers.SignIn settings;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	public SignInThrottle(Clock clock, SecurityUsers.SignIn settings) {
		this.clock = clock;
		this.settings = settings;
	}

	/** Why a sign-in by this user from this address is refused now, or null when it may be tried. */
	public Refusal check(String user, String address) {
		Instant now = this.clock.instant();
		Refusal byUser = refusal(userKey(user), now, "user " + user);
		return (byUser != null) ? byUser : refusal(addressKey(address), now, "address " + address);
	}

	public void failed(String user, String address) {
		Instant now = this.clock.instant();
		record(userKey(user), this.settings.maxFailures(), now);
		record(addressKey(address), this.settings.maxFailuresPerAddress(), now);
		if (this.failures.size() > MAX_KEYS) {
			evictIdle(now);
		}
	}

	public void succeeded(String user, String address) {
		this.failures.remove(userKey(user));
		this.failures.remove(addressKey(address));
	}

	private Refusal refusal(String key, Instant now, String who) {
		Failures entry = this.failures.get(key);
		if (entry == null || entry.lockedUntil == null || !now.isBefore(entry.lockedUntil)) {
			return null;
		}
		return new Refusal(who, entry.count, Duration.between(now, entry.lockedUntil));
	}

	private void record(String key, int threshold, Instant now) {
		this.failures.compute(key, (k, entry) -> {
			Failures next = (entry != null) ? entry : new Failures();
			if (next.lockedUntil != null && now.isBefore(next.lockedUntil)) {
				return next;
			}
			next.count++;
			next.last = now;
			if (next.count >= threshold) {
				int doublings = Math.min(next.count - threshold, 20);
				Duration lock = this.settings.lock().multipliedBy(1L << doublings);
				next.lockedUntil = now.plus((lock.compareTo(this.settings.maxLock()) > 0) ? this.settings.maxLock() : lock);
			}
			return next;
		});
	}

	private void evictIdle(Instant now) {
		Instant idleSince = now.minus(this.settings.maxLock());
		this.failures.values().removeIf((f) -> f.last.isBefore(idleSince));
		if (this.failures.size() > MAX_KEYS) {
			this.failures.values().removeIf((f) -> f.lockedUntil == null || !now.isBefore(f.lockedUntil));
		}
	}

	private static String userKey(String user) {
		return "user:" + ((user != null) ? user.toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static final class Failures {

		int count;

		Instant last;

		Instant lockedUntil;

	}

	/** A refused sign-in: who is locked, after how many failures, for how much longer. */
	public record Refusal(String who, int failures, Duration remaining) {

		/** Whole seconds to wait, at least 1. */
		public long retryAfterSeconds() {
			return Math.max(1, (this.remaining.toMillis() + 999) / 1000);
		}

		public String message() {
			return "Too many failed sign-ins for " + this.who + " (" + this.failures + " in a row); sign-in is locked for "
					+ retryAfterSeconds() + " s more, the right password included. Try again after that.";
		}

	}

}
