namespace CpdLog.Web.Features.Account;

using CpdLog.Core.SignOffs;
using CpdLog.Web.Features.SignOff;

/// <summary>
/// "Delete my personal data", exactly as docs/security.md ("Deleting personal data") defines it: the person's own
/// CPD record, evidence, registrations, portfolios, settings, tokens and sign-in methods are erased; the records the
/// employer keeps (funding requests with their decisions, agreements, acceptances, repayment and certificates, the
/// audit trails, and sign-offs other people made) stay, pointing at a closed account that can never sign in again.
/// </summary>
public sealed class PersonalDataErasure(CpdLogDbContext db, IFileStore files, SignOffService signOffs, SecurityAudit audit, TimeProvider clock)
{
    /// <summary>The name a closed account shows when the employer keeps no record that names the person.</summary>
    public const string ClosedAccountName = "Deleted account";

    /// <summary>The e-mail domain of closed accounts (RFC 2606 reserves ".invalid": nothing can ever be sent there).</summary>
    public const string ClosedDomain = "deleted.invalid";

    public async Task EraseAsync(CpdUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;

        // Requests still waiting for an answer are withdrawn first (their links stop working, the signer's record of
        // the withdrawal stays); answered ones are the signer's statement and are kept as they are.
        var now = clock.GetUtcNow();
        foreach (var pending in await db.SignOffRequests.Where(r => r.OwnerId == id && r.State == SignOffState.Pending && r.ExpiresAt > now).Select(r => r.Id).ToListAsync(ct))
        {
            await signOffs.WithdrawAsync(id, pending, ct);
        }

        var keepsName = await db.FundingRequests.AnyAsync(r => r.RequesterId == id, ct)
            || await db.FundingDecisions.AnyAsync(d => d.ActorId == id, ct)
            || await db.AgreementAcceptances.AnyAsync(a => a.AcceptedById == id, ct)
            || await db.FundingAudit.AnyAsync(a => a.ActorId == id, ct)
            || await db.AdminAudit.AnyAsync(a => a.ActorId == id, ct)
            || await db.SignOffRequests.AnyAsync(r => r.OwnerId == id, ct);

        // Evidence attached to a funding request (a completion certificate) is the employer's record of the claim.
        var storedFiles = await db.EvidenceFiles.Where(f => f.OwnerId == id && f.RecordKind != RecordKind.FundingRequest).Select(f => f.StorageKey).ToListAsync(ct);

        // Copies of issued portfolios, and of portfolios brought in from a previous employer's CpdLog.
        storedFiles.AddRange(await db.IssuedPortfolios.Where(p => p.OwnerId == id && p.StorageKey != null).Select(p => p.StorageKey!).ToListAsync(ct));
        storedFiles.AddRange(await db.ImportedHistory.Where(h => h.OwnerId == id && h.StorageKey != null).Select(h => h.StorageKey!).ToListAsync(ct));

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.EvidenceFiles.Where(f => f.OwnerId == id && f.RecordKind != RecordKind.FundingRequest).ExecuteDeleteAsync(ct);
            await db.Activities.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Reflections.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Feedback.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.PracticeHours.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Discussions.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Confirmations.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Declarations.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.GapExplanations.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.PdpGoals.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Qualifications.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct); // modules: cascade
            await db.PortfolioTexts.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.IssuedPortfolios.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.ImportedHistory.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.ArchiveImportMap.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.Registrations.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.RecordCounters.Where(r => r.OwnerId == id).ExecuteDeleteAsync(ct);
            await db.NotificationPreferences.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.ReminderEvents.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.RefreshTokens.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.PersonalAccessTokens.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.ExternalLogins.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.CostCentreHolders.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.ApprovalDelegations.Where(r => r.LineManagerId == id || r.DelegateId == id).ExecuteDeleteAsync(ct);
            await db.UserTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserLogins.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserClaims.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserRoles.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.Users.Where(u => u.LineManagerId == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LineManagerId, (string?)null), ct);

            var closed = $"deleted-{id}@{ClosedDomain}";
            var account = await db.Users.SingleAsync(u => u.Id == id, ct);
            account.DisplayName = keepsName ? account.DisplayName : ClosedAccountName;
            account.JobTitle = "";
            account.UserName = closed;
            account.NormalizedUserName = closed.ToUpperInvariant();
            account.Email = closed;
            account.NormalizedEmail = closed.ToUpperInvariant();
            account.EmailConfirmed = false;
            account.PhoneNumber = null;
            account.PhoneNumberConfirmed = false;
            account.PasswordHash = null;
            account.SecurityStamp = Guid.NewGuid().ToString("N");
            account.TwoFactorEnabled = false;
            account.LastTotpTimeStep = null;
            account.LineManagerId = null;
            account.CostCentre = null;
            account.IsDisabled = true;
            account.LockoutEnabled = true;
            account.LockoutEnd = now.AddYears(100);

            // Caches of results computed from the person's records key on this stamp.
            var version = await db.UserDataVersions.SingleOrDefaultAsync(v => v.UserId == id, ct);
            if (version is null)
            {
                db.UserDataVersions.Add(new UserDataVersion { UserId = id, Stamp = Random.Shared.NextInt64() });
            }
            else
            {
                version.Stamp = Random.Shared.NextInt64();
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await audit.RecordAsync(SecurityEventKind.PersonalDataDeleted, user, detail: keepsName ? "Closed; employer records kept with the name" : "Closed; no employer records");
        foreach (var key in storedFiles)
        {
            await files.DeleteAsync(key, CancellationToken.None);
        }
    }
}
