namespace CpdLog.Web.Features.SignOff;

using System.Buffers.Text;
using System.Net.Mail;
using System.Security.Cryptography;
using CpdLog.Core.SignOffs;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure.Email;

/// <summary>
/// Sign-off by e-mail: a registrant asks someone to sign a confirmation, reflective discussion or attestation; the
/// recipient answers through a single-use, expiring link without an account. Every step is written to the
/// append-only <see cref="SignOffEvent"/> audit. See docs/sign-off.md.
/// </summary>
public sealed class SignOffService(
    CpdLogDbContext db,
    ComplianceService compliance,
    IMailSender mail,
    PublicAddress address,
    TimeProvider clock,
    IOptions<SignOffOptions> options,
    ILogger<SignOffService> logger)
{
    /// <summary>32 random bytes, base64url without padding.</summary>
    public const int TokenLength = 43;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => clock.UkToday();

    public async Task<List<SignOffRequest>> ListAsync(string ownerId, Guid? registrationId, CancellationToken ct)
    {
        var query = db.SignOffRequests.AsNoTracking().Where(r => r.OwnerId == ownerId);
        if (registrationId is { } id)
        {
            query = query.Where(r => r.RegistrationId == id);
        }

        return (await query.ToListAsync(ct)).OrderByDescending(r => r.CreatedAt).ToList();
    }

    public Task<SignOffRequest?> FindOwnedAsync(string ownerId, Guid id, CancellationToken ct)
        => db.SignOffRequests.AsNoTracking().FirstOrDefaultAsync(r => r.OwnerId == ownerId && r.Id == id, ct);

    /// <summary>
    /// Checks and stores a request, then e-mails the link. Null request with null errors: the registration is not the
    /// user's. A failed send is logged and leaves the request pending (the registrant can withdraw and ask again).
    /// </summary>
    public async Task<(SignOffRequest? Request, Dictionary<string, string[]>? Errors)> CreateAsync(
        string ownerId, SignOffRequestInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        var today = Today;
        RegistrationStatus? status = null;
        if (input.RegistrationId is not { } registrationId || registrationId == Guid.Empty)
        {
            errors["registrationId"] = ["Choose the registration the sign-off is for"];
        }
        else
        {
            status = await compliance.ForRegistrationAsync(ownerId, registrationId, today, ct);
            if (status is null)
            {
                return (null, null);
            }
        }

        SignOffKind kind = default;
        if (string.IsNullOrWhiteSpace(input.Kind) || !Enum.TryParse(input.Kind.Trim(), ignoreCase: true, out kind) || !Enum.IsDefined(kind)
            || int.TryParse(input.Kind, out _))
        {
            errors["kind"] = ["Choose what to ask for: Confirmation, Discussion or Attestation"];
        }
        else if (status is not null && kind != SignOffKind.Attestation && !string.Equals(status.Registration.BodyCode, "NMC", StringComparison.OrdinalIgnoreCase))
        {
            errors["kind"] = ["The confirmation and the reflective discussion are NMC forms: for this registration ask for an attestation"];
        }

        var name = (input.Name ?? "").Trim();
        if (name.Length == 0)
        {
            errors["name"] = ["Enter the name of the person you are asking"];
        }
        else if (name.Length > 200)
        {
            errors["name"] = ["The name must be 200 characters or fewer"];
        }

        var email = (input.Email ?? "").Trim();
        if (!IsEmail(email))
        {
            errors["email"] = [email.Length == 0 ? "Enter their e-mail address" : "Enter an e-mail address in the correct format, like name@example.nhs.uk"];
        }
        else if ((await OwnAddressesAsync(ownerId, ct)).Contains(Comparable(email)))
        {
            errors["email"] = ["Enter the other person’s e-mail address, not one of your own: they must open the link themselves"];
        }
        else if (status is not null && errors.Count == 0)
        {
            var comparable = Comparable(email);
            var now = Now;
            var pending = await db.SignOffRequests.AsNoTracking()
                .Where(r => r.OwnerId == ownerId && r.RegistrationId == status.Registration.Id && r.Kind == kind && r.State == SignOffState.Pending)
                .ToListAsync(ct);
            if (pending.Any(r => r.ExpiresAt > now && Comparable(r.RecipientEmail) == comparable))
            {
                errors["email"] = ["You have already asked this person and they have not answered yet: withdraw that request first to ask again"];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var registration = status!.Registration;
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => new { u.DisplayName, u.UserName }).SingleAsync(ct);
        var period = status.Result?.Cycle is { } cycle ? new PortfolioPeriod(cycle.Start, cycle.End) : new PortfolioPeriod(today.AddYears(-1).AddDays(1), today);
        var records = await compliance.LoadEvidenceAsync(ownerId, today, ct);
        var selection = PortfolioSelection.From(new PortfolioInput(records)
        {
            OwnerDisplayName = "",
            Registration = new PortfolioRegistration(registration.BodyCode, status.BodyName, registration.RegistrationNumber),
            Period = period,
            Template = PortfolioTemplates.ForBody(registration.BodyCode),
            AsOf = today,
            Options = new PortfolioOptions { IncludePrivateItems = input.IncludePrivate },
            VerificationCode = "",
            VerifyUrl = "",
            GeneratedAt = Now,
        });

        var token = NewToken();
        var created = Now;
        var request = new SignOffRequest
        {
            OwnerId = ownerId,
            RegistrationId = registration.Id,
            Kind = kind,
            RecipientName = name,
            RecipientEmail = email,
            TokenHash = HashToken(token),
            CreatedAt = created,
            ExpiresAt = created.AddDays(Math.Max(1, options.Value.LinkLifetimeDays)),
            State = SignOffState.Pending,
            RegistrantName = string.IsNullOrWhiteSpace(owner.DisplayName) ? owner.UserName ?? "" : owner.DisplayName.Trim(),
            BodyCode = registration.BodyCode,
            BodyName = status.BodyName,
            RegistrationNumber = registration.RegistrationNumber,
            PeriodStart = period.From,
            PeriodEnd = period.To,
            SummaryJson = SignOffSummary.Build(kind, selection).ToJson(),
        };
        db.SignOffRequests.Add(request);
        db.SignOffEvents.Add(Event(request, "Requested", "registrant",
            $"Asked {name} <{email}> for a {SignOffText.KindName(kind)}; link expires {request.ExpiresAt.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'}"
            + (input.IncludePrivate ? "; private records included" : "")));
        await db.SaveChangesAsync(ct);

        await SendLinkAsync(request, token, ct);
        return (request, null);
    }

    /// <summary>Withdraws the owner's unanswered, unexpired request.</summary>
    public async Task<SignOffOutcome> WithdrawAsync(string ownerId, Guid id, CancellationToken ct)
    {
        var request = await db.SignOffRequests.FirstOrDefaultAsync(r => r.OwnerId == ownerId && r.Id == id, ct);
        if (request is null)
        {
            return SignOffOutcome.NotFound;
        }

        var now = Now;
        var claimed = await db.SignOffRequests
            .Where(r => r.Id == id && r.State == SignOffState.Pending && r.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, SignOffState.Withdrawn).SetProperty(r => r.ClosedAt, now), ct);
        if (claimed == 0)
        {
            return SignOffOutcome.Closed;
        }

        db.SignOffEvents.Add(Event(request, "Withdrawn", "registrant", "Withdrawn before it was answered"));
        await db.SaveChangesAsync(ct);
        return SignOffOutcome.Done;
    }

    /// <summary>The request a link token belongs to, tracked; null for a token that is malformed or unknown.</summary>
    public async Task<SignOffRequest?> FindByTokenAsync(string? token, CancellationToken ct)
    {
        if (!IsTokenShaped(token))
        {
            return null;
        }

        var hash = HashToken(token!);
        return await db.SignOffRequests.FirstOrDefaultAsync(r => r.TokenHash == hash, ct);
    }

    /// <summary>The recipient's details checked with the rules of the record they create (the NMC form's fields).</summary>
    public IReadOnlyList<FieldError> Check(SignOffRequest request, SignOffAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        var today = Today;
        var errors = new List<FieldError>();
        var draft = Apply(request, answer, forChecking: true);
        if (request.Kind == SignOffKind.Discussion)
        {
            var discussion = ToDiscussion(draft, request);
            foreach (var e in RecordValidation.Discussion(discussion, today))
            {
                errors.Add(new FieldError(DiscussionField(e.Field), e.Message.Replace("the NMC registrant you had the discussion with", "yourself", StringComparison.Ordinal)
                    .Replace("the partner’s", "your", StringComparison.Ordinal)));
            }
        }
        else
        {
            var confirmation = ToConfirmation(draft, request);
            foreach (var e in RecordValidation.Confirmation(confirmation, today))
            {
                errors.Add(new FieldError(ConfirmationField(e.Field), e.Message.Replace("the confirmer’s", "your", StringComparison.Ordinal)
                    .Replace("The category says the confirmer is", "The category says you are", StringComparison.Ordinal)
                    .Replace("tick that box and give their NMC Pin", "tick that box and give your NMC Pin", StringComparison.Ordinal)));
            }

            if (request.Kind == SignOffKind.Confirmation && errors.All(e => e.Field != nameof(SignOffAnswer.SignerCategory))
                && draft.SignerCategory == ConfirmerCategory.NotStated)
            {
                errors.Add(new FieldError(nameof(SignOffAnswer.SignerCategory), "Select your category from the list"));
            }

            if (request.Kind == SignOffKind.Confirmation && draft.ItemsConfirmed == ConfirmationItems.None && errors.All(e => e.Field != nameof(SignOffAnswer.ItemsConfirmed)))
            {
                errors.Add(new FieldError(nameof(SignOffAnswer.ItemsConfirmed), "Select each requirement you saw the evidence for"));
            }
        }

        if (string.IsNullOrWhiteSpace(draft.SignerRole) && errors.All(e => e.Field != nameof(SignOffAnswer.SignerRole)))
        {
            errors.Add(new FieldError(nameof(SignOffAnswer.SignerRole), "Enter your job title or role"));
        }

        if (draft.MeetingDate is { } date && date < request.PeriodStart && errors.All(e => e.Field != nameof(SignOffAnswer.MeetingDate)))
        {
            errors.Add(new FieldError(nameof(SignOffAnswer.MeetingDate), $"The date must be on or after {SignOffDisplay.Date(request.PeriodStart)}, the start of the registrant’s current cycle"));
        }

        if (!answer.Agree)
        {
            errors.Add(new FieldError(nameof(SignOffAnswer.Agree), "Tick the box to confirm the declaration, or decline below"));
        }

        return errors;
    }

    /// <summary>Signs: claims the request (once only), creates the record, stores the hash and the audit entry.</summary>
    public async Task<(SignOffOutcome Outcome, IReadOnlyList<FieldError> Errors)> SignAsync(string? token, SignOffAnswer answer, CancellationToken ct)
    {
        var request = await FindByTokenAsync(token, ct);
        if (request is null)
        {
            return (SignOffOutcome.NotFound, []);
        }

        var errors = Check(request, answer);
        if (errors.Count > 0)
        {
            return (request.StatusAt(Now) == SignOffStatus.Pending ? SignOffOutcome.Invalid : await RefuseAsync(request, ct), errors);
        }

        return (await CloseAsync(request, signed: true, answer, ct), []);
    }

    public async Task<(SignOffOutcome Outcome, IReadOnlyList<FieldError> Errors)> DeclineAsync(string? token, string? reason, CancellationToken ct)
    {
        var request = await FindByTokenAsync(token, ct);
        if (request is null)
        {
            return (SignOffOutcome.NotFound, []);
        }

        var text = (reason ?? "").Trim();
        if (text.Length == 0 || text.Length > 2000)
        {
            var error = new FieldError(nameof(SignOffAnswer.DeclineReason), text.Length == 0 ? "Enter why you are declining" : "The reason must be 2,000 characters or fewer");
            return (request.StatusAt(Now) == SignOffStatus.Pending ? SignOffOutcome.Invalid : await RefuseAsync(request, ct), [error]);
        }

        return (await CloseAsync(request, signed: false, new SignOffAnswer { DeclineReason = text }, ct), []);
    }

    private async Task<SignOffOutcome> CloseAsync(SignOffRequest request, bool signed, SignOffAnswer answer, CancellationToken ct)
    {
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Single use: only the first answer finds the request pending and unexpired; a second (or a late) one changes nothing.
        var state = signed ? SignOffState.Signed : SignOffState.Declined;
        var claimed = await db.SignOffRequests
            .Where(r => r.Id == request.Id && r.State == SignOffState.Pending && r.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.ClosedAt, now), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            await db.Entry(request).ReloadAsync(ct);
            return await RefuseAsync(request, ct);
        }

        request.State = state;
        request.ClosedAt = now;
        if (signed)
        {
            Apply(request, answer, forChecking: false);
            request.VerificationCode = await NewUniqueCodeAsync(ct);
        }
        else
        {
            request.DeclineReason = answer.DeclineReason ?? "";
        }

        request.SignedText = SignOffText.Compose(request, signed, now);
        request.ContentSha256 = SignOffText.Sha256(request.SignedText);
        if (signed && request.Kind != SignOffKind.Attestation)
        {
            OwnedRecord record = request.Kind == SignOffKind.Confirmation ? ToConfirmation(request, request) : ToDiscussion(request, request);
            record.OwnerId = request.OwnerId;
            record.CreatedAt = now;
            record.UpdatedAt = now;
            db.Add(record);
            request.RecordId = record.Id;
        }

        var actor = $"recipient <{request.RecipientEmail}>";
        db.SignOffEvents.Add(Event(request, signed ? "Signed" : "Declined", actor, request.SignedText, request.ContentSha256));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return SignOffOutcome.Done;
    }

    /// <summary>An answer to a request that is no longer open: nothing changes, the attempt is audited.</summary>
    private async Task<SignOffOutcome> RefuseAsync(SignOffRequest request, CancellationToken ct)
    {
        var status = request.StatusAt(Now);
        db.SignOffEvents.Add(Event(request, "LinkRefused", $"recipient <{request.RecipientEmail}>", $"An answer was sent to a request that is {SignOffRequestDto.StatusWord(status)}; nothing changed"));
        await db.SaveChangesAsync(ct);
        return SignOffOutcome.Closed;
    }

    private static SignOffRequest Apply(SignOffRequest request, SignOffAnswer answer, bool forChecking)
    {
        var target = forChecking ? new SignOffRequest { Kind = request.Kind } : request;
        var nmc = request.Kind == SignOffKind.Discussion || answer.SignerIsNmcRegistrant;
        target.SignerName = Text(answer.SignerName);
        target.SignerRole = Text(answer.SignerRole);
        target.SignerCategory = request.Kind == SignOffKind.Discussion ? ConfirmerCategory.NmcRegistrant
            : answer.SignerCategory ?? (ConfirmerCategory)(-1);
        target.SignerIsNmcRegistrant = nmc;
        target.SignerProfessionalId = nmc ? RecordValidation.NormalisePin(answer.SignerProfessionalId) : Text(answer.SignerProfessionalId);
        target.SignerRegulator = nmc ? "NMC" : Text(answer.SignerRegulator);
        target.SignerAddress = Text(answer.SignerAddress);
        target.SignerPostcode = Text(answer.SignerPostcode).ToUpperInvariant();
        target.MeetingDate = answer.MeetingDate;
        target.ItemsConfirmed = request.Kind == SignOffKind.Confirmation ? ConfirmationItemsExtensions.Combine(answer.ItemsConfirmed) : ConfirmationItems.None;
        return target;
    }

    private static Confirmation ToConfirmation(SignOffRequest answer, SignOffRequest request) => new()
    {
        Date = answer.MeetingDate ?? DateOnly.MinValue,
        ConfirmerName = answer.SignerName,
        ConfirmerRole = answer.SignerRole,
        ConfirmerIsNmcRegistrant = answer.SignerIsNmcRegistrant,
        ConfirmerProfessionalId = answer.SignerProfessionalId,
        ConfirmerRegulator = answer.SignerRegulator,
        ConfirmerEmail = request.RecipientEmail,
        ConfirmerAddress = answer.SignerAddress,
        ConfirmerPostcode = answer.SignerPostcode,
        ConfirmerCategory = answer.SignerCategory,
        ItemsConfirmed = answer.ItemsConfirmed,
        SignOffId = request.Id,
    };

    private static ReflectiveDiscussion ToDiscussion(SignOffRequest answer, SignOffRequest request) => new()
    {
        Date = answer.MeetingDate ?? DateOnly.MinValue,
        PartnerName = answer.SignerName,
        PartnerNmcPin = answer.SignerProfessionalId,
        PartnerEmail = request.RecipientEmail,
        PartnerAddress = answer.SignerAddress,
        PartnerPostcode = answer.SignerPostcode,
        Notes = string.IsNullOrWhiteSpace(answer.SignerRole) ? "" : $"Partner's role: {answer.SignerRole}",
        SignOffId = request.Id,
    };

    private static string ConfirmationField(string field) => field switch
    {
        nameof(Confirmation.Date) => nameof(SignOffAnswer.MeetingDate),
        nameof(Confirmation.ConfirmerName) => nameof(SignOffAnswer.SignerName),
        nameof(Confirmation.ConfirmerRole) => nameof(SignOffAnswer.SignerRole),
        nameof(Confirmation.ConfirmerProfessionalId) => nameof(SignOffAnswer.SignerProfessionalId),
        nameof(Confirmation.ConfirmerRegulator) => nameof(SignOffAnswer.SignerRegulator),
        nameof(Confirmation.ConfirmerAddress) => nameof(SignOffAnswer.SignerAddress),
        nameof(Confirmation.ConfirmerPostcode) => nameof(SignOffAnswer.SignerPostcode),
        nameof(Confirmation.ConfirmerCategory) => nameof(SignOffAnswer.SignerCategory),
        nameof(Confirmation.ItemsConfirmed) => nameof(SignOffAnswer.ItemsConfirmed),
        _ => field,
    };

    private static string DiscussionField(string field) => field switch
    {
        nameof(ReflectiveDiscussion.Date) => nameof(SignOffAnswer.MeetingDate),
        nameof(ReflectiveDiscussion.PartnerName) => nameof(SignOffAnswer.SignerName),
        nameof(ReflectiveDiscussion.PartnerNmcPin) => nameof(SignOffAnswer.SignerProfessionalId),
        nameof(ReflectiveDiscussion.PartnerAddress) => nameof(SignOffAnswer.SignerAddress),
        nameof(ReflectiveDiscussion.PartnerPostcode) => nameof(SignOffAnswer.SignerPostcode),
        _ => field,
    };

    private async Task SendLinkAsync(SignOffRequest request, string token, CancellationToken ct)
    {
        var link = address.Page("/SignOff/Index", new { token });
        var ask = request.Kind switch
        {
            SignOffKind.Confirmation => "to sign the confirmation of their NMC revalidation, after your confirmation discussion with them",
            SignOffKind.Discussion => "to sign the record of the reflective discussion you had with them about their five written reflective accounts",
            _ => "to attest that the summary of their CPD record is accurate, as far as you know",
        };
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.RegistrantName} has asked you {ask}.\n\n")
            .Append("Open this link to see what you are asked to sign and to sign or decline it. You do not need an account:\n\n")
            .Append(link).Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"The link works once and until {SignOffDisplay.Instant(request.ExpiresAt)}. Do not forward it: whoever opens it can answer in your name.\n\n")
            .Append("CpdLog records that the answer came through a link sent to this e-mail address; it cannot check who you are.\n")
            .Append("If you do not know this person or were not expecting this, ignore this message.");
        try
        {
            await mail.SendAsync(new EmailMessage(request.RecipientEmail, request.RecipientName,
                $"{request.RegistrantName} asks you to sign: {SignOffText.KindName(request.Kind)}", body.ToString()), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The sign-off link for request {Id} could not be e-mailed", request.Id);
        }
    }

    private async Task<string> NewUniqueCodeAsync(CancellationToken ct)
    {
        // The same format as portfolio codes, unique across both, so /verify finds exactly one thing.
        while (true)
        {
            var code = VerificationCode.New();
            if (!await db.IssuedPortfolios.AnyAsync(p => p.VerificationCode == code, ct)
                && !await db.SignOffRequests.AnyAsync(r => r.VerificationCode == code, ct))
            {
                return code;
            }
        }
    }

    /// <summary>The registrant's own addresses: account e-mail, user name and any e-mail claim (e.g. from a linked sign-in).</summary>
    private async Task<HashSet<string>> OwnAddressesAsync(string ownerId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => new { u.Email, u.UserName }).SingleAsync(ct);
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => c.UserId == ownerId && (c.ClaimType == ClaimTypes.Email || c.ClaimType == "email"))
            .Select(c => c.ClaimValue).ToListAsync(ct);
        return [.. new[] { user.Email, user.UserName }.Concat(claims).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => Comparable(a!))];
    }

    /// <summary>Lower case, trimmed, without a "+tag" in the local part: name+cpd@x and Name@X are the same mailbox.</summary>
    public static string Comparable(string email)
    {
        var e = email.Trim().ToLowerInvariant();
        var at = e.LastIndexOf('@');
        if (at <= 0)
        {
            return e;
        }

        var local = e[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return (plus > 0 ? local[..plus] : local) + e[at..];
    }

    private static bool IsEmail(string value)
    {
        if (value.Length is 0 or > 254 || value.Any(char.IsWhiteSpace) || value.Count(c => c == '@') != 1)
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var parsed) && parsed.Address == value && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static bool IsTokenShaped(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Text(string? value) => value?.Trim() ?? "";

    private SignOffEvent Event(SignOffRequest request, string kind, string actor, string details, string sha256 = "") => new()
    {
        SignOffRequestId = request.Id,
        OwnerId = request.OwnerId,
        At = Now,
        Kind = kind,
        Actor = actor,
        Details = details.Length > 8000 ? details[..8000] : details,
        ContentSha256 = sha256,
    };
}
