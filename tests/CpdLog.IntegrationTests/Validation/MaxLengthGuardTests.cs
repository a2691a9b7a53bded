namespace CpdLog.IntegrationTests.Validation;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Compliance;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>
/// Guard: every <c>HasMaxLength</c> in the EF model (read from the model, so a new one cannot be missed) is either
/// enforced with the same limit by Core validation (the longest value passes, one character more is an error on that
/// field) or is a value the service sets itself and is listed below with the reason it always fits. Over-long input
/// through the API is a 400 with problem details, never a 500: on PostgreSQL an over-long value in a varchar column
/// fails the save, which is why the suite runs this on both providers (SQLite ignores the length).
/// </summary>
public sealed class MaxLengthGuardTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Properties users type, each with the Core validation that must enforce the column's limit.</summary>
    private static readonly Dictionary<string, Probe> Probes = new(StringComparer.Ordinal)
    {
        // Records: RecordValidation (the pages and the API both call it).
        ["CpdActivity.Title"] = Record<CpdActivity>((a, v) => a.Title = v, a => RecordValidation.Activity(a, Today)),
        ["CpdActivity.Tags"] = Record<CpdActivity>((a, v) => a.Tags = v, a => RecordValidation.Activity(a, Today)),
        ["CpdActivity.Standards"] = Record<CpdActivity>((a, v) => a.Standards = v, a => RecordValidation.Activity(a, Today)),
        ["ReflectiveAccount.Title"] = Record<ReflectiveAccount>((r, v) => r.Title = v, r => RecordValidation.Reflection(r, Today)),
        ["FeedbackEntry.Type"] = Record<FeedbackEntry>((f, v) => f.Type = v, f => RecordValidation.Feedback(f, Today)),
        ["PracticeHoursEntry.Organisation"] = Record<PracticeHoursEntry>((p, v) => p.Organisation = v, p => RecordValidation.PracticeHours(p, Today)),
        ["ReflectiveDiscussion.PartnerName"] = Record<ReflectiveDiscussion>((d, v) => d.PartnerName = v, d => RecordValidation.Discussion(d, Today)),
        ["Confirmation.ConfirmerName"] = Record<Confirmation>((c, v) => c.ConfirmerName = v, c => RecordValidation.Confirmation(c, Today)),
        ["Confirmation.ConfirmerProfessionalId"] = Record<Confirmation>((c, v) => c.ConfirmerProfessionalId = v, c => RecordValidation.Confirmation(c, Today)),
        ["GapExplanation.Reason"] = Record<GapExplanation>((g, v) => g.Reason = v, g => RecordValidation.GapExplanation(g, Today)),
        ["Qualification.Title"] = Record<Qualification>((q, v) => q.Title = v, q => RecordValidation.Qualification(q, Today)),
        ["Qualification.AwardingBody"] = Record<Qualification>((q, v) => q.AwardingBody = v, q => RecordValidation.Qualification(q, Today)),
        ["Qualification.Level"] = Record<Qualification>((q, v) => q.Level = v, q => RecordValidation.Qualification(q, Today)),
        ["QualificationModule.Title"] = Record<QualificationModule>((m, v) => m.Title = v, m => RecordValidation.QualificationModule(m, Today)),
        ["EvidenceFile.Description"] = new("Description", v => RecordValidation.EvidenceDetails(v, null, "")),
        ["EvidenceFile.Standards"] = new("Standards", v => RecordValidation.EvidenceDetails("", null, v)),

        // Registrations: RegistrationValidation.
        ["ProfessionalRegistration.RegistrationNumber"] = new("registrationNumber", v => RegistrationValidation.Validate(null, v, "2027-03-31", null, out _, out _)),

        // Admin-defined bodies: CustomBodyValidation.
        ["CustomBodyDefinition.Code"] = new("code", v => CustomBodyValidation.Validate(new CustomBodyDefinition { Code = v.ToUpperInvariant(), Name = "Body", CycleMonths = 12 }, null)),
        ["CustomBodyDefinition.Name"] = new("name", v => CustomBodyValidation.Validate(new CustomBodyDefinition { Code = "X-BODY", Name = v, CycleMonths = 12 }, null)),
        ["CustomBodyDefinition.Notes"] = new("notes", v => CustomBodyValidation.Validate(new CustomBodyDefinition { Code = "X-BODY", Name = "Body", CycleMonths = 12, Notes = v }, null)),

        // Funding: FundingRequest, Budget and AgreementTemplate validation, keyed by the API's JSON names.
        ["FundingRequest.Title"] = Draft("title", (d, v) => d with { Title = v }),
        ["FundingRequest.Provider"] = Draft("provider", (d, v) => d with { Provider = v }),
        ["FundingRequest.StudyLeaveDates"] = Draft("studyLeaveDates", (d, v) => d with { StudyLeaveDates = v }),
        ["FundingRequest.AmountReason"] = new("amountReason", v => Errors(Submitted().Approve(
            new DecisionContext("lm", ApproverAuthority.LineManager, Now, Today), new ApprovalInput(Amount: 100m, AmountReason: v), Facts()))),
        ["FundingRequest.BudgetOverrideReason"] = new("budgetOverrideReason", v => Errors(Submitted().Approve(
            new DecisionContext("lm", ApproverAuthority.LineManager, Now, Today), new ApprovalInput(BudgetOverrideReason: v), Facts()))),
        ["FundingRequest.CostReason"] = new("costReason", v => Errors(InProgress().Complete(
            "requester", Today, 7m, 500m, v, "Learned a lot", Now, Today, new CompletionFacts(FundingLimits.Default, 1000m)))),
        ["FundingDecision.Comment"] = new("comment", v => Errors(Submitted().Reject(new DecisionContext("lm", ApproverAuthority.LineManager, Now, Today), v))),
        ["Budget.CostCentre"] = new("costCentre", v => Errors(Budget.Validate(v, "2026/27", 10m, "Allocation", FundingLimits.Default, out _))),
        ["AgreementTemplate.Name"] = new("name", v => Errors(new AgreementTemplate { Name = v, MinFees = 200m, ScheduleKind = RepaymentKind.Linear, LinearMonths = 12, Terms = "T" }.Validate())),
        ["AgreementTemplate.Tiers"] = new("tiers", v => Errors(new AgreementTemplate { Name = "A", MinFees = 200m, ScheduleKind = RepaymentKind.Linear, LinearMonths = 12, Tiers = v, Terms = "T" }.Validate())),
    };

    /// <summary>Values chosen from a fixed list: every choice must fit the column.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> Vocabularies = new(StringComparer.Ordinal)
    {
        ["PracticeHoursEntry.WorkSetting"] = NmcPracticeVocabulary.WorkSettings,
        ["PracticeHoursEntry.ScopeOfPractice"] = NmcPracticeVocabulary.ScopesOfPractice,
        ["PracticeHoursEntry.RegistrationType"] = NmcPracticeVocabulary.RegistrationTypes,
    };

    /// <summary>
    /// Values the service sets, never a user's free text as typed, with why each always fits. A new
    /// <c>HasMaxLength</c> on something a user types belongs in <see cref="Probes"/>, with Core validation.
    /// </summary>
    private static readonly Dictionary<string, string> SetByTheService = new(StringComparer.Ordinal)
    {
        ["ReflectiveDiscussion.PartnerNmcPin"] = "stored normalised (RecordValidation.NormalisePin) after the Pin pattern passed: 8 characters",
        ["EvidenceFile.FileName"] = "EvidenceService.SafeFileName cuts names to 255",
        ["EvidenceFile.ContentType"] = "one of EvidenceContent's content types, judged from the bytes",
        ["EvidenceFile.Sha256"] = "a SHA-256 in hex: 64 characters",
        ["EvidenceFile.StorageKey"] = "a key the file store makes",
        ["FundingRequest.CostCentre"] = "copied from the requester's account on submit (admins set it, 20 characters at most)",
        ["FundingRequest.CertificateKey"] = "a key the file store makes",
        ["FundingRequest.CertificateFileName"] = "the evidence file's name, already cut to 255 by EvidenceService.SafeFileName",
        ["FundingAuditEntry.Kind"] = "a fixed audit kind",
        ["FundingAuditEntry.CostCentre"] = "the request's or budget's cost centre, each within 50",
        ["FundingAuditEntry.Detail"] = "composed by FundingAuditLog, which cuts it to FundingTextLimits.AuditDetail",
        ["AgreementAcceptance.ScheduleText"] = "the template schedule's description, composed by the service",
        ["AdminAuditEntry.Kind"] = "a fixed audit kind",
        ["AdminAuditEntry.Subject"] = "the id or key of what the act changed (an account id, a cost centre and year, a template family)",
        ["AdminAuditEntry.Before"] = "AdminAuditLog.Record trims snapshots to fit",
        ["AdminAuditEntry.After"] = "AdminAuditLog.Record trims snapshots to fit",
        ["CostCentreHolder.CostCentre"] = "validated by CostCentreHoldings (20 characters) before it is stored",
        ["IssuedPortfolio.VerificationCode"] = "a generated 11-character code",
        ["IssuedPortfolio.Sha256"] = "a SHA-256 in hex: 64 characters",
        ["IssuedPortfolio.BodyCode"] = "a body code from the catalogue",
        ["IssuedPortfolio.RegistrationNumber"] = "copied from the registration (50)",
        ["IssuedPortfolio.OwnerDisplayName"] = "copied from the account when issued",
        ["IssuedPortfolio.StorageKey"] = "a key the file store makes",
        ["ArchiveImportMapEntry.RecordType"] = "a record type's slug or an imported history kind, set by the archive importer",
        ["ImportedHistoryItem.Kind"] = "one of ImportedHistoryKinds, set by the archive importer",
        ["ImportedHistoryItem.Title"] = "composed by the archive importer, which cuts it to 400",
        ["ImportedHistoryItem.StorageKey"] = "a key the file store makes",
        ["ProfessionalRegistration.BodyCode"] = "chosen from the body catalogue (RegistrationWriter refuses other codes)",
        ["ProfessionalRegistration.RuleVersion"] = "the rule set's version string",
        ["PdpGoal.Title"] = "the Plan page limits it (the PDP goal API and its Core validation come with the record-type descriptor)",
        ["PdpGoal.Description"] = "the Plan page limits it (the PDP goal API and its Core validation come with the record-type descriptor)",
        ["SecurityEvent.Email"] = "an account's e-mail (Identity limits it to 256)",
        ["SecurityEvent.ClientAddress"] = "an IP address",
        ["SecurityEvent.Detail"] = "composed by the service",
        ["RefreshToken.TokenHash"] = "a hash: 64 characters",
        ["RefreshToken.PasswordStamp"] = "a hash of the security stamp",
        ["ExternalLogin.Provider"] = "a configured provider name",
        ["ExternalLogin.Issuer"] = "from the identity provider's signed token",
        ["ExternalLogin.TenantId"] = "from the identity provider's signed token",
        ["ExternalLogin.ObjectId"] = "from the identity provider's signed token",
        ["ExternalLogin.LinkedBy"] = "a fixed way of linking",
        ["ExternalLogin.LastEmailClaim"] = "from the identity provider's signed token",
        ["PersonalAccessToken.Name"] = "the access tokens page limits it (web layer, not yet Core)",
        ["PersonalAccessToken.TokenHash"] = "a hash: 64 characters",
        ["PersonalAccessToken.Hint"] = "the token's first characters",
        ["SignOffRequest.RecipientName"] = "SignOffService (web layer) checks it with RecordValidation's discussion and confirmation rules",
        ["SignOffRequest.RecipientEmail"] = "SignOffService (web layer) checks the e-mail (254)",
        ["SignOffRequest.TokenHash"] = "a hash: 64 characters",
        ["SignOffRequest.RegistrantName"] = "copied from the account",
        ["SignOffRequest.BodyCode"] = "copied from the registration",
        ["SignOffRequest.BodyName"] = "copied from the body catalogue",
        ["SignOffRequest.RegistrationNumber"] = "copied from the registration (50)",
        ["SignOffRequest.SignerName"] = "checked with RecordValidation.Discussion/Confirmation (200)",
        ["SignOffRequest.SignerRole"] = "checked with RecordValidation.Confirmation (200)",
        ["SignOffRequest.SignerProfessionalId"] = "checked with RecordValidation.Confirmation (50), or a normalised Pin",
        ["SignOffRequest.SignerRegulator"] = "checked with RecordValidation.Confirmation (100)",
        ["SignOffRequest.SignerAddress"] = "SignOffService (web layer, not yet Core) limits it",
        ["SignOffRequest.SignerPostcode"] = "a postcode that matched the pattern",
        ["SignOffRequest.DeclineReason"] = "SignOffService (web layer, not yet Core) limits it",
        ["SignOffRequest.ContentSha256"] = "a SHA-256 in hex: 64 characters",
        ["SignOffRequest.VerificationCode"] = "a generated 11-character code",
        ["SignOffEvent.Kind"] = "a fixed event kind",
        ["SignOffEvent.Actor"] = "composed by the service",
        ["SignOffEvent.Details"] = "composed by the service",
        ["SignOffEvent.ContentSha256"] = "a SHA-256 in hex: 64 characters",
        ["ReminderEvent.Cycle"] = "a cycle label the reminder job makes",
        ["ReminderEvent.Threshold"] = "a fixed threshold name",
        ["ReminderEvent.Instance"] = "the host's instance name",
        ["ReminderRun.Instance"] = "the host's instance name",
    };

    [Fact]
    public async Task EveryMaxLengthInTheModel_IsEnforcedByCoreValidation_OrSetByTheService()
    {
        var columns = await factory.WithDbAsync(db => Task.FromResult(MaxLengthColumns(db.GetService<IDesignTimeModel>().Model)));
        var unclassified = new List<string>();
        var wrong = new List<string>();
        foreach (var (name, max) in columns)
        {
            if (Probes.TryGetValue(name, out var probe))
            {
                if (probe.Check(new string('x', max)).Any(e => Same(e.Field, probe.Field)))
                {
                    wrong.Add($"{name}: {max} characters are refused, but the column holds {max}");
                }

                if (!probe.Check(new string('x', max + 1)).Any(e => Same(e.Field, probe.Field)))
                {
                    wrong.Add($"{name}: {max + 1} characters pass validation, but the column holds {max}");
                }
            }
            else if (Vocabularies.TryGetValue(name, out var choices))
            {
                wrong.AddRange(choices.Where(c => c.Length > max).Select(c => $"{name}: the choice '{c}' is longer than {max}"));
            }
            else if (!SetByTheService.ContainsKey(name))
            {
                unclassified.Add($"{name} ({max})");
            }
        }

        Assert.True(unclassified.Count == 0, "HasMaxLength with no Core validation and no reason it always fits: " + string.Join(", ", unclassified));
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
        Assert.Empty(Probes.Keys.Concat(Vocabularies.Keys).Concat(SetByTheService.Keys).Except(columns.Select(c => c.Name)));
    }

    [Fact]
    public async Task EnumColumns_HoldEveryNameOfTheirEnum()
    {
        var model = await factory.WithDbAsync(db => Task.FromResult(db.GetService<IDesignTimeModel>().Model));
        var tooLong = (from entity in model.GetEntityTypes()
                       from property in entity.GetProperties()
                       let type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType
                       where type.IsEnum && property.GetMaxLength() is not null
                       from enumName in Enum.GetNames(type)
                       where enumName.Length > property.GetMaxLength()
                       select $"{entity.ClrType.Name}.{property.Name}: {enumName}").ToList();

        Assert.Empty(tooLong);
    }

    [Theory]
    [InlineData("title", FundingTextLimits.Title)]
    [InlineData("provider", FundingTextLimits.Provider)]
    [InlineData("studyLeaveDates", FundingTextLimits.StudyLeaveDates)]
    public async Task FundingRequest_OverLongText_IsA400OnThatField_NeverA500(string field, int max)
    {
        var client = await factory.CreateApiClientAsync($"guard-{field.ToLowerInvariant()}@example.nhs.uk");
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Course", ["provider"] = "Provider", ["startDate"] = "2030-05-01", ["endDate"] = "2030-05-02",
            ["tuitionFee"] = 100m, ["plannedHours"] = 7.5m, ["justification"] = "Why",
        };

        body[field] = new string('x', max + 1);
        var refused = await client.PostAsJsonAsync("/api/v1/funding-requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));

        body[field] = new string('x', max);
        var saved = await client.PostAsJsonAsync("/api/v1/funding-requests", body);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
    }

    [Fact]
    public async Task Decision_OverLongComment_IsA400OnComment_NeverA500()
    {
        var client = await factory.CreateApiClientAsync("guard-comment@example.nhs.uk");
        var created = await client.PostAsJsonAsync("/api/v1/funding-requests", new
        {
            title = "Course", provider = "Provider", startDate = "2030-05-01", endDate = "2030-05-02", tuitionFee = 100m, justification = "Why",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var refused = await client.PostAsJsonAsync($"/api/v1/funding-requests/{id}/withdraw", new { comment = new string('c', FundingTextLimits.Comment + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("comment", out _));
        var withdrawn = await client.PostAsJsonAsync($"/api/v1/funding-requests/{id}/withdraw", new { comment = new string('c', FundingTextLimits.Comment) });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
    }

    [Fact]
    public async Task Budget_OverLongCostCentreAndReason_AreA400_NeverA500()
    {
        var admin = await factory.CreateApiClientAsync("guard-admin@example.nhs.uk", CpdLog.Data.Roles.Admin);

        var refused = await admin.PutAsJsonAsync("/api/v1/budgets", new
        {
            costCentre = new string('C', FundingTextLimits.CostCentre + 1), financialYear = "2026/27", allocated = 100m, reason = new string('r', FundingTextLimits.Reason + 1),
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["costCentre", "reason"], errors.EnumerateObject().Select(e => e.Name));
        var saved = await admin.PutAsJsonAsync("/api/v1/budgets", new
        {
            costCentre = new string('C', FundingTextLimits.CostCentre), financialYear = "2026/27", allocated = 100m, reason = new string('r', FundingTextLimits.Reason),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    private static List<(string Name, int Max)> MaxLengthColumns(IModel model) =>
        [.. from entity in model.GetEntityTypes()
            where entity.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true
            from property in entity.GetDeclaredProperties()
            let type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType
            where property.GetMaxLength() is not null
                  && !property.IsKey() && !property.IsForeignKey() && !type.IsEnum

                  // A user's id (Identity's key length), always the signed-in user's or one looked up by the service.
                  && !(property.Name.EndsWith("Id", StringComparison.Ordinal) && property.GetMaxLength() == 450)

                  // Identity's own columns on the user (UserName, Email, …): Identity's validators own them.
                  && property.PropertyInfo?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true
            select ($"{entity.ClrType.Name}.{property.Name}", property.GetMaxLength()!.Value)];

    private static bool Same(string field, string expected) => string.Equals(field, expected, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<FieldError> Errors(Result result) => result.Refusal?.Errors ?? [];

    private static Probe Record<T>(Action<T, string> set, Func<T, IReadOnlyList<FieldError>> validate)
        where T : new()
    {
        return new Probe(FieldOf(set), value =>
        {
            var record = new T();
            set(record, value);
            return validate(record);
        });
    }

    /// <summary>The property a setter lambda writes, read from a scratch object (the probe's field is the property's name).</summary>
    private static string FieldOf<T>(Action<T, string> set)
        where T : new()
    {
        var record = new T();
        var before = typeof(T).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanRead).ToDictionary(p => p.Name, p => p.GetValue(record));
        set(record, "\u0001probe");
        return before.Keys.Single(name => Equals(typeof(T).GetProperty(name)!.GetValue(record), "\u0001probe"));
    }

    private static Probe Draft(string field, Func<FundingRequestDetails, string, FundingRequestDetails> set) =>
        new(field, value => Errors(FundingRequest.Validate(set(Details(), value))));

    private static FundingRequestDetails Details() =>
        new("Course", "Provider", Today.AddDays(30), Today.AddDays(31), StudyMode.Online, null, 400m, 0m, 0m, 0m, 7.5m, "", 7.5m, 0, "Why", "Impact");

    private static FundingRequest Submitted()
    {
        var (request, _) = FundingRequest.Create("requester", Details(), Now);
        request!.Submit("requester", "FIN-100", Now);
        return request;
    }

    private static FundingRequest InProgress()
    {
        var request = Submitted();
        var approved = request.Approve(new DecisionContext("lm", ApproverAuthority.LineManager, Now, Today), new ApprovalInput(), Facts());
        Assert.Equal(FundingStatus.InProgress, approved.Succeeded ? request.Status : FundingStatus.Draft);
        return request;
    }

    private static ApprovalFacts Facts() => new(1000m, new BudgetPosition("FIN-100", new FinancialYear(2026), 10_000m, 0m, 0m), false, false);

    private sealed record Probe(string Field, Func<string, IReadOnlyList<FieldError>> Check);
}
