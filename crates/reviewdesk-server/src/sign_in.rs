//! Staff sign-in that holds under attack. Sign-ins are counted per name and
//! per client address as they begin, so a crowd of attempts in flight at once
//! cannot slip past the allowance; one that succeeds is taken back. Past the
//! allowance the name (or address) is locked out for a while, and the lockout
//! lifts by itself. A password is checked against a stored hash, or against a
//! hash of nothing when the name is unknown, so a name cannot be told known by
//! how long the answer takes. Only a few checks run at once, each in one of as
//! many Argon2 workspaces made once and reused, so a burst of sign-ins costs
//! the server no more memory than those few.

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
    /// Password checks that run at once; more wait their turn. By default
    /// one for every four cores, at least one: most of the machine stays
    /// with the experts while a crowd tries passwords.
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
            concurrent_checks: std::thread::available_parallelism()
                .map_or(1, |cores| cores.get() / 4)
                .max(1),
            token_lifetime: Duration::from_secs(15 * 60),
        }
    }
}

/// Staff sign-in's state: who failed lately, and the turns for password checks.
#[derive(Debug)]
pub(crate) struct SignIn {
    throttle: Throttle,
    checks: tokio::sync::Semaphore,
    /// Argon2's working memory, one per check allowed at once, kept.
    workspaces: Mutex<Vec<Workspace>>,
    pub(crate) token_lifetime: Duration,
}

/// The memory one Argon2 check works in (19 MiB for the staff's hashes).
#[derive(Default)]
pub(crate) struct Workspace(Vec<argon2::Block>);

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Workspace({} blocks)", self.0.len())
    }
}

impl SignIn {
    pub(crate) fn new(limits: SignInLimits) -> Self {
        Self {
            throttle: Throttle::new(limits),
            checks: tokio::sync::Semaphore::new(limits.concurrent_checks.max(1)),
            workspaces: Mutex::new(Vec::new()),
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
        if !self.throttle.attempt(name, client, Instant::now()) {
            return Err(ServerError::refused(
                Denial::TooManyAttempts,
                "staff-locked",
                "too many failed sign-ins; try again later",
            ));
        }
        let stored = stored.await?;
        let internal = |e: &dyn std::fmt::Display| ServerError::Internal(e.to_string());
        // Off the async threads, a few at a time, each in a kept workspace.
        let _turn = self.checks.acquire().await.map_err(|e| internal(&e))?;
        let mut workspace = self
            .workspaces
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        let (holds, workspace) = tokio::task::spawn_blocking(move || {
            let holds = password_holds_in(&mut workspace, stored.as_deref(), &password);
            (holds.then_some(stored).flatten(), workspace)
        })
        .await
        .map_err(|e| internal(&e))?;
        self.workspaces
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(workspace);
        if holds.is_some() {
            self.throttle.succeeded(name, client);
        }
        Ok(holds)
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
    fn locked_in(
        &self,
        failures: &HashMap<Who, Failures>,
        name: &str,
        address: Option<IpAddr>,
        now: Instant,
    ) -> bool {
        Self::keys(name, address).into_iter().any(|(who, which)| {
            failures.get(&who).is_some_and(|f| {
                now.duration_since(f.first) < self.limits.lockout
                    && f.count >= self.allowance(which)
            })
        })
    }

    #[cfg(test)]
    pub(crate) fn locked(&self, name: &str, address: Option<IpAddr>, now: Instant) -> bool {
        let failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        self.locked_in(&failures, name, address, now)
    }

    /// Whether a sign-in of `name` from `address` may go ahead at `now`;
    /// when it may, it is counted as a failure until it succeeds. Checked
    /// and counted at once, so attempts in flight together cannot all pass.
    pub(crate) fn attempt(&self, name: &str, address: Option<IpAddr>, now: Instant) -> bool {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let locked = self.locked_in(&failures, name, address, now);
        if !locked {
            self.count(&mut failures, name, address, now);
        }
        !locked
    }

    /// Counts a failed sign-in.
    #[cfg(test)]
    pub(crate) fn failed(&self, name: &str, address: Option<IpAddr>, now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        self.count(&mut failures, name, address, now);
    }

    fn count(
        &self,
        failures: &mut HashMap<Who, Failures>,
        name: &str,
        address: Option<IpAddr>,
        now: Instant,
    ) {
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

    /// A sign-in that succeeded: the name's failures are forgotten, and the
    /// attempt is taken back from the address's count.
    pub(crate) fn succeeded(&self, name: &str, address: Option<IpAddr>) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.remove(&Who::Name(name.to_owned()));
        if let Some(entry) = address.and_then(|a| failures.get_mut(&Who::Address(a))) {
            entry.count = entry.count.saturating_sub(1);
        }
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

/// The most working memory a stored hash may ask for: 256 MiB.
const MOST_BLOCKS: usize = 256 * 1024;

/// Whether `password` is the one `stored` hashes, worked out in
/// `workspace`; an unknown name (`None`) costs the same check and never
/// passes.
pub(crate) fn password_holds_in(
    workspace: &mut Workspace,
    stored: Option<&str>,
    password: &str,
) -> bool {
    let known = stored.is_some();
    let hash = stored.unwrap_or(NOBODYS_HASH.as_str());
    let holds = hash_holds(workspace, hash, password).unwrap_or(false);
    known && holds
}

/// Argon2's own verification, in memory that is kept: `None` when `hash` is
/// not a hash this server can check.
fn hash_holds(workspace: &mut Workspace, hash: &str, password: &str) -> Option<bool> {
    use argon2::password_hash::{Output, PasswordHash};
    use argon2::{Algorithm, Argon2, Params, Version};
    let hash = PasswordHash::new(hash).ok()?;
    let expected = hash.hash?;
    let algorithm = Algorithm::try_from(hash.algorithm).ok()?;
    let version = match hash.version {
        Some(version) => Version::try_from(version).ok()?,
        None => Version::default(),
    };
    let params = Params::try_from(&hash).ok()?;
    if params.block_count() > MOST_BLOCKS {
        return None;
    }
    let mut salt = [0u8; 64];
    let salt = hash.salt?.decode_b64(&mut salt).ok()?;
    workspace
        .0
        .resize(params.block_count(), argon2::Block::default());
    let mut computed = Zeroizing::new(vec![0u8; expected.len()]);
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(
            password.as_bytes(),
            salt,
            &mut computed,
            &mut workspace.0[..],
        )
        .ok()?;
    // `Output`'s equality takes the same time wherever the bytes differ.
    Some(Output::new(&computed).ok()? == expected)
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
        throttle.succeeded("clerk", None);
        throttle.failed("clerk", None, now);
        assert!(!throttle.locked("clerk", None, now));
    }

    #[test]
    fn attempts_in_flight_together_count_before_they_are_checked() {
        let throttle = Throttle::new(LIMITS);
        let now = Instant::now();
        let address = Some(IpAddr::from([192, 0, 2, 9]));
        let let_through = (0..32)
            .filter(|_| throttle.attempt("clerk", address, now))
            .count();
        assert_eq!(let_through, 3, "the name's allowance, however many at once");
        // A staff member who keeps signing in from the office is not locked out.
        let office = Some(IpAddr::from([192, 0, 2, 10]));
        for n in 0..50 {
            let name = format!("staff-{n}");
            assert!(throttle.attempt(&name, office, now), "sign-in {n}");
            throttle.succeeded(&name, office);
        }
    }

    #[test]
    fn a_password_is_checked_as_argon2_checks_it_and_an_unknown_name_never_signs_in() {
        use argon2::password_hash::{PasswordHasher as _, SaltString};
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let stored = argon2::Argon2::default()
            .hash_password(b"correct horse battery", &salt)
            .expect("hash")
            .to_string();
        let mut workspace = Workspace::default();
        assert!(password_holds_in(
            &mut workspace,
            Some(&stored),
            "correct horse battery"
        ));
        assert!(!password_holds_in(
            &mut workspace,
            Some(&stored),
            "correct horse batterY"
        ));
        assert!(!password_holds_in(&mut workspace, None, ""));
        assert!(!password_holds_in(&mut workspace, Some("not a hash"), "x"));
        let greedy = stored.replace("m=19456", "m=4194304");
        assert!(
            !password_holds_in(&mut workspace, Some(&greedy), "correct horse battery"),
            "a hash asking for 4 GiB is not worked out"
        );
    }
}
