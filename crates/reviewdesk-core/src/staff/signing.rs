//! The minutes the panel signs, on the staff's side. The chair fixes the
//! minutes' content (its very bytes and their digest); the hub shows it to
//! each expert of the panel and keeps their signature once it holds under
//! the key the expert is enrolled with; the minutes PDF then carries the
//! content with the agency's seal of the digest and every signature, and
//! lists those signatures as verified. `docs/formats.md`, "Signed minutes".

use chrono::{DateTime, Utc};
use reviewdesk_domain::{CallId, ErrorCode, ExpertId, LocalizedText, Timestamp};
use reviewdesk_exchange::EnrolledKey;
use reviewdesk_exchange::signed_minutes::{
    MinutesSeal, MinutesSignature, MinutesToSign, content_digest,
};
use reviewdesk_minutes::minutes::{Minutes, Signing};
use reviewdesk_vault::FixedMinutes;
use serde::Serialize;
use ts_rs::TS;

use super::StaffDesk;
use crate::CoreError;

/// The minutes fixed for signing, as the chair's screen shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MinutesSigningView {
    pub call_id: CallId,
    /// SHA-256 (hex) of the fixed content.
    pub digest: String,
    #[ts(type = "string")]
    pub fixed_at: Timestamp,
    /// Whether the panel's data still gives this content. When a package or
    /// a note changed it since, the chair fixes the minutes again and the
    /// panel signs the new content.
    pub current: bool,
    /// The experts who signed, with when.
    pub signed: Vec<SignedEntry>,
    /// The experts the minutes name who have not signed.
    pub unsigned: Vec<(ExpertId, LocalizedText)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SignedEntry {
    pub expert_id: ExpertId,
    pub name: LocalizedText,
    pub signed_at: String,
}

/// The content, its seal and the signatures that hold, for the PDF.
pub(crate) struct SealedContent {
    pub content: Vec<u8>,
    pub seal_json: Vec<u8>,
    pub signing: Option<Signing>,
}

impl StaffDesk<'_> {
    /// Fixes the minutes of `call_id` as the panel's data gives them now,
    /// for the panel to sign. Fixing again replaces the content; signatures
    /// of the earlier content no longer count.
    pub fn fix_minutes(
        &mut self,
        call_id: &CallId,
        now: DateTime<Utc>,
    ) -> Result<MinutesSigningView, CoreError> {
        let content = self.minutes(call_id)?.content_bytes();
        let fixed = FixedMinutes {
            call_id: call_id.clone(),
            digest: content_digest(&content),
            content,
            fixed_at: now.into(),
        };
        self.vault_mut()?.fix_minutes(&fixed)?;
        self.minutes_signing(call_id)?
            .ok_or_else(|| CoreError::new(ErrorCode::Internal, "fixed minutes are missing"))
    }

    /// The minutes of `call_id` fixed for signing and who signed them;
    /// `None` before the chair fixes them.
    pub fn minutes_signing(
        &self,
        call_id: &CallId,
    ) -> Result<Option<MinutesSigningView>, CoreError> {
        let vault = self.vault()?;
        let Some(fixed) = vault.fixed_minutes(call_id)? else {
            return Ok(None);
        };
        let minutes = fixed_content(&fixed)?;
        let current = self.minutes(call_id)?.content_bytes() == fixed.content;
        let signatures = self.holding_signatures(&fixed)?;
        let (signed, unsigned) = minutes
            .experts
            .iter()
            .partition::<Vec<_>, _>(|e| signatures.iter().any(|s| s.expert_id == e.id));
        Ok(Some(MinutesSigningView {
            call_id: call_id.clone(),
            digest: fixed.digest,
            fixed_at: fixed.fixed_at,
            current,
            signed: signed
                .into_iter()
                .filter_map(|e| {
                    let signature = signatures.iter().find(|s| s.expert_id == e.id)?;
                    Some(SignedEntry {
                        expert_id: e.id.clone(),
                        name: e.name.clone(),
                        signed_at: signature.signed_at.clone(),
                    })
                })
                .collect(),
            unsigned: unsigned
                .into_iter()
                .map(|e| (e.id.clone(), e.name.clone()))
                .collect(),
        }))
    }

    /// The fixed minutes of `call_id` as `expert_id` is shown them to sign;
    /// `None` before the chair fixes them, and when the panel's data changed
    /// since (a signature of that content would count for nothing).
    pub fn minutes_to_sign(
        &self,
        call_id: &CallId,
        expert_id: &ExpertId,
    ) -> Result<Option<MinutesToSign>, CoreError> {
        let vault = self.vault()?;
        let Some(fixed) = self.current_fixed(call_id)? else {
            return Ok(None);
        };
        let signed = vault.signed_minutes(call_id, expert_id, &fixed.digest)?;
        let content = String::from_utf8(fixed.content)
            .map_err(|_| CoreError::new(ErrorCode::VaultCorrupt, "fixed minutes not UTF-8"))?;
        Ok(Some(MinutesToSign {
            call_id: call_id.clone(),
            digest: fixed.digest,
            fixed_at: fixed.fixed_at.to_string(),
            content,
            signed,
        }))
    }

    /// Keeps `signer`'s signature of the fixed minutes once it holds: of
    /// the content fixed now, by an expert the minutes name, with the key
    /// they are enrolled with.
    pub fn accept_minutes_signature(
        &mut self,
        signer: &ExpertId,
        signature: &MinutesSignature,
    ) -> Result<(), CoreError> {
        if &signature.expert_id != signer {
            return Err(CoreError::new(
                ErrorCode::ExchangeWrongExpert,
                "the signature names another expert",
            )
            .with("expert", signer));
        }
        let call_id = &signature.call_id;
        let fixed = self.vault()?.fixed_minutes(call_id)?.ok_or_else(|| {
            CoreError::new(ErrorCode::MinutesNotFixed, "the minutes are not fixed")
                .with("call", call_id)
        })?;
        let current = self.minutes(call_id)?.content_bytes() == fixed.content;
        if !current || !signature.digest.eq_ignore_ascii_case(&fixed.digest) {
            return Err(CoreError::new(
                ErrorCode::MinutesChanged,
                "the minutes were fixed again since",
            )
            .with("call", call_id));
        }
        if !fixed_content(&fixed)?
            .experts
            .iter()
            .any(|e| &e.id == signer)
        {
            return Err(CoreError::new(
                ErrorCode::MinutesNotOnPanel,
                "the minutes do not name this expert",
            )
            .with("expert", signer));
        }
        let current = self.current_key(signer)?;
        signature.check(call_id, &fixed.digest, &current.keys)?;
        self.vault_mut()?.add_minutes_signature(signature)?;
        Ok(())
    }

    /// The minutes' content as the PDF carries it, the agency's seal of its
    /// digest with the signatures that hold, and those signatures for the
    /// PDF's table — when the content is the one fixed for signing.
    pub(crate) fn sealed_minutes(
        &self,
        minutes: &Minutes,
        now: DateTime<Utc>,
    ) -> Result<SealedContent, CoreError> {
        let content = minutes.content_bytes();
        let digest = content_digest(&content);
        let fixed = self
            .vault()?
            .fixed_minutes(&minutes.call_id)?
            .filter(|f| f.digest == digest);
        let signatures = match &fixed {
            Some(fixed) => self.holding_signatures(fixed)?,
            None => Vec::new(),
        };
        let signing = fixed.as_ref().map(|_| Signing {
            signed: signatures
                .iter()
                .map(|s| (s.expert_id.clone(), s.signed_at.clone()))
                .collect(),
        });
        let fixed_at = fixed.map(|f| f.fixed_at.to_string());
        let sealed = MinutesSeal::new(
            &minutes.call_id,
            &digest,
            fixed_at.as_deref(),
            signatures,
            now,
        )
        .seal(&self.agency_keys()?);
        let seal_json = serde_json::to_vec(&sealed)
            .map_err(|e| CoreError::new(ErrorCode::Internal, e.to_string()))?;
        Ok(SealedContent {
            content,
            seal_json,
            signing,
        })
    }

    /// The kept signatures of `fixed` that hold under a key the agency
    /// enrolled for their expert, checked again: a vault's rows are not
    /// taken on trust when the agency is about to seal them.
    fn holding_signatures(&self, fixed: &FixedMinutes) -> Result<Vec<MinutesSignature>, CoreError> {
        let vault = self.vault()?;
        let mut holding = Vec::new();
        for signature in vault.minutes_signatures(&fixed.call_id, &fixed.digest)? {
            let keys = vault
                .staff_expert_keys(&signature.expert_id)?
                .unwrap_or_default();
            if keys.iter().any(|k| {
                signature
                    .check(&fixed.call_id, &fixed.digest, &k.keys)
                    .is_ok()
            }) {
                holding.push(signature);
            }
        }
        Ok(holding)
    }

    /// The minutes of `call_id` fixed for signing, while the panel's data
    /// still gives them.
    fn current_fixed(&self, call_id: &CallId) -> Result<Option<FixedMinutes>, CoreError> {
        let Some(fixed) = self.vault()?.fixed_minutes(call_id)? else {
            return Ok(None);
        };
        let current = self.minutes(call_id)?.content_bytes() == fixed.content;
        Ok(current.then_some(fixed))
    }

    /// The key `expert_id` is enrolled with now.
    fn current_key(&self, expert_id: &ExpertId) -> Result<EnrolledKey, CoreError> {
        self.vault()?
            .staff_expert_keys(expert_id)?
            .unwrap_or_default()
            .into_iter()
            .rfind(|k| k.revoked.is_none())
            .ok_or_else(|| {
                CoreError::new(
                    ErrorCode::PackageUnknownExpert,
                    "the expert is not enrolled with this agency",
                )
                .with("expert", expert_id)
            })
    }
}

fn fixed_content(fixed: &FixedMinutes) -> Result<Minutes, CoreError> {
    serde_json::from_slice(&fixed.content)
        .map_err(|e| CoreError::new(ErrorCode::VaultCorrupt, format!("fixed minutes: {e}")))
}
