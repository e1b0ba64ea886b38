//! Staff sign-in that holds under attack. Failed sign-ins are counted per
//! name and per client address; past the allowance the name (or address) is
//! locked out for a while, and the lockout lifts by itself. A password is
//! checked against a stored hash, or against a hash of nothing when the name
//! is unknown, so a name cannot be told known by how long the answer takes;
//! and only a few checks run at once, so a burst of sign-ins cannot take the
//! server's memory (each Argon2 check holds its own).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{LazyLock, Mutex, PoisonError};
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use crate::{Denial, ServerError};

/// How many failed sign-ins are allowed, and for how long a lockout holds.
#[derive(Debug, Clone, Copy)]
pub struct SignInLimits {
    /// Failures allowed per name before it is locked out.
    pub failures_per_name: u32,
    /// Failures allowed per client address (over every name) before it is.
    pub failures_per_address: u32,
    /// How long failures are remembered, and a lockout lasts.
    pub lockout: Duration,
    /// Password checks that run at once; more wait their turn.
    pub concurrent_checks: usize,
    /// How long the token a sign-in gives stands for the password.
    pub token_lifetime: Duration,
}

impl Default for SignInLimits {
    fn default() -> Self {
        Self {
            failures_per_name: 5,
            failures_per_address: 20,
            lockout: Duration::from_secs(15 * 60),
            concurrent_checks: 4,
            token_lifetime: Duration::from_secs(15 * 60),
        }
    }
}

/// Staff sign-in's state: who failed lately, and the turns for password checks.
#[derive(Debug)]
pub(crate) struct SignIn {
    throttle: Throttle,
    checks: tokio::sync::Semaphore,
    pub(crate) token_lifetime: Duration,
}

impl SignIn {
    pub(crate) fn new(limits: SignInLimits) -> Self {
        Self {
            throttle: Throttle::new(limits),
            checks: tokio::sync::Semaphore::new(limits.concurrent_checks.max(1)),
            token_lifetime: limits.token_lifetime,
        }
    }

    /// The name's stored hash when `password` is `name`'s, asked from
    /// `client`; `stored` looks up the hash. Refused with `staff-locked`
    /// while the name or the client is locked out, before any check.
    pub(crate) async fn check(
        &self,
        name: &str,
        password: Zeroizing<String>,
        client: Option<IpAddr>,
        stored: impl Future<Output = Result<Option<String>, ServerError>>,
    ) -> Result<Option<String>, ServerError> {
        if self.throttle.locked(name, client, Instant::now()) {
            return Err(ServerError::refused(
                Denial::TooManyAttempts,
                "staff-locked",
                "too many failed sign-ins; try again later",
            ));
        }
        let stored = stored.await?;
        let internal = |e: &dyn std::fmt::Display| ServerError::Internal(e.to_string());
        // Off the async threads, a few at a time: each check holds its own memory.
        let _turn = self.checks.acquire().await.map_err(|e| internal(&e))?;
        let held = tokio::task::spawn_blocking(move || {
            password_holds(stored.as_deref(), &password).then_some(stored)
        })
        .await
        .map_err(|e| internal(&e))?
        .flatten();
        if held.is_some() {
            self.throttle.succeeded(name);
        } else {
            self.throttle.failed(name, client, Instant::now());
        }
        Ok(held)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Who {
    Name(String),
    Address(IpAddr),
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    first: Instant,
}

/// The failures of the last `lockout`, by name and by address, in memory.
/// More entries than [`Throttle::KEPT`] drop those that expired.
#[derive(Debug)]
pub(crate) struct Throttle {
    limits: SignInLimits,
    failures: Mutex<HashMap<Who, Failures>>,
}

impl Throttle {
    const KEPT: usize = 4096;

    pub(crate) fn new(limits: SignInLimits) -> Self {
        Self {
            limits,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn keys(name: &str, address: Option<IpAddr>) -> Vec<(Who, u32)> {
        let mut keys = vec![(Who::Name(name.to_owned()), 0)];
        keys.extend(address.map(|a| (Who::Address(a), 1)));
        keys
    }

    fn allowance(&self, which: u32) -> u32 {
        if which == 0 {
            self.limits.failures_per_name
        } else {
            self.limits.failures_per_address
        }
    }

    /// Whether `name`, or the client at `address`, is locked out at `now`.
    pub(crate) fn locked(&self, name: &str, address: Option<IpAddr>, now: Instant) -> bool {
        let failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        Self::keys(name, address).into_iter().any(|(who, which)| {
            failures.get(&who).is_some_and(|f| {
                now.duration_since(f.first) < self.limits.lockout
                    && f.count >= self.allowance(which)
            })
        })
    }

    /// Counts a failed sign-in.
    pub(crate) fn failed(&self, name: &str, address: Option<IpAddr>, now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        if failures.len() >= Self::KEPT {
            let lockout = self.limits.lockout;
            failures.retain(|_, f| now.duration_since(f.first) < lockout);
        }
        for (who, _) in Self::keys(name, address) {
            let entry = failures.entry(who).or_insert(Failures {
                count: 0,
                first: now,
            });
            if now.duration_since(entry.first) >= self.limits.lockout {
                *entry = Failures {
                    count: 0,
                    first: now,
                };
            }
            entry.count = entry.count.saturating_add(1);
        }
    }

    /// Forgets a name's failures once it signed in.
    pub(crate) fn succeeded(&self, name: &str) {
        self.failures
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&Who::Name(name.to_owned()));
    }
}

/// A hash with the same parameters as the staff's, of a password nobody has:
/// what an unknown name's password is checked against.
static NOBODYS_HASH: LazyLock<String> = LazyLock::new(|| {
    use argon2::password_hash::{PasswordHasher as _, SaltString};
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    let nothing: [u8; 32] = rand::random();
    argon2::Argon2::default()
        .hash_password(&nothing, &salt)
        .map(|hash| hash.to_string())
        .unwrap_or_default()
});

/// Whether `password` is the one `stored` hashes; an unknown name (`None`)
/// costs the same check and never passes.
pub(crate) fn password_holds(stored: Option<&str>, password: &str) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier as _};
    let known = stored.is_some();
    let hash = stored.unwrap_or(NOBODYS_HASH.as_str());
    let Ok(hash) = PasswordHash::new(hash) else {
        return false;
    };
    let holds = argon2::Argon2::default()
        .verify_password(password.as_bytes(), &hash)
        .is_ok();
    known && holds
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: SignInLimits = SignInLimits {
        failures_per_name: 3,
        failures_per_address: 5,
        lockout: Duration::from_secs(60),
        concurrent_checks: 1,
        token_lifetime: Duration::from_secs(60),
    };

    #[test]
    fn a_name_is_locked_after_its_allowance_and_the_lockout_lifts_by_itself() {
        let throttle = Throttle::new(LIMITS);
        let start = Instant::now();
        for _ in 0..3 {
            assert!(!throttle.locked("clerk", None, start));
            throttle.failed("clerk", None, start);
        }
        assert!(throttle.locked("clerk", None, start));
        assert!(!throttle.locked("other", None, start), "only that name");
        assert!(!throttle.locked("clerk", None, start + LIMITS.lockout));
    }

    #[test]
    fn an_address_trying_many_names_is_locked_for_every_name() {
        let throttle = Throttle::new(LIMITS);
        let now = Instant::now();
        let address = Some(IpAddr::from([192, 0, 2, 7]));
        for name in ["a", "b", "c", "d", "e"] {
            throttle.failed(name, address, now);
        }
        assert!(throttle.locked("clerk", address, now));
        assert!(!throttle.locked("clerk", Some(IpAddr::from([192, 0, 2, 8])), now));
    }

    #[test]
    fn signing_in_forgets_the_names_failures() {
        let throttle = Throttle::new(LIMITS);
        let now = Instant::now();
        throttle.failed("clerk", None, now);
        throttle.failed("clerk", None, now);
        throttle.succeeded("clerk");
        throttle.failed("clerk", None, now);
        assert!(!throttle.locked("clerk", None, now));
    }

    #[test]
    fn an_unknown_name_never_signs_in() {
        assert!(!password_holds(None, ""));
        assert!(!password_holds(Some("not a hash"), "x"));
    }
}
