namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>
/// A qualification from the Add/Edit form or the API. <see cref="Modules"/> null (the pages' form, or an API body
/// without <c>modules</c>) leaves the modules as they are; a list replaces them (an item with the id of one of this
/// qualification's modules changes it, one without adds a module, and modules not in the list are removed).
/// </summary>
public sealed class QualificationInput : RecordInput<Qualification>
{
    public string? Title { get; set; }

    public string? AwardingBody { get; set; }

    public string? Level { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? ExpectedCompletionDate { get; set; }

    public QualificationStatus? Status { get; set; }

    public int? CreditsNeeded { get; set; }

    public List<QualificationModuleInput>? Modules { get; set; }

    /// <summary>Ids of your own funding requests that pay for the qualification.</summary>
    public List<Guid>? FundingRequestIds { get; set; }

    /// <summary>Ids of your own learning agreement acceptances (see GET /api/v1/agreements) that go with it.</summary>
    public List<Guid>? AgreementIds { get; set; }

    public override async Task<IReadOnlyList<FieldError>> ValidateLinksAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = new List<FieldError>();
        var requests = (FundingRequestIds ?? []).Distinct().ToList();
        if (requests.Count > 0
            && await db.FundingRequests.CountAsync(r => r.RequesterId == ownerId && requests.Contains(r.Id), ct) != requests.Count)
        {
            errors.Add(new(nameof(FundingRequestIds), "Select your own funding requests from the list"));
        }

        var agreements = (AgreementIds ?? []).Distinct().ToList();
        if (agreements.Count > 0
            && await db.AgreementAcceptances.CountAsync(a => a.AcceptedById == ownerId && agreements.Contains(a.Id), ct) != agreements.Count)
        {
            errors.Add(new(nameof(AgreementIds), "Select your own learning agreements from the list"));
        }

        return errors;
    }

    protected override void Apply(Qualification entity)
    {
        entity.Title = Text(Title);
        entity.AwardingBody = Text(AwardingBody);
        entity.Level = Text(Level);
        entity.StartDate = StartDate ?? DateOnly.MinValue;
        entity.ExpectedCompletionDate = ExpectedCompletionDate ?? DateOnly.MinValue;
        entity.Status = Choice(Status);
        entity.CreditsNeeded = CreditsNeeded;
        entity.FundingRequestIds = [.. (FundingRequestIds ?? []).Distinct()];
        entity.AgreementIds = [.. (AgreementIds ?? []).Distinct()];
        if (Modules is not null)
        {
            ReplaceModules(entity);
        }
    }

    protected override IReadOnlyList<FieldError> Check(Qualification draft, DateOnly today) => RecordValidation.Qualification(draft, today);

    /// <summary>
    /// Matches the sent modules to this qualification's own by id (an id from anywhere else never reaches another
    /// qualification's module: it just makes a new one), keeps the link to a logged CPD activity, drops the rest.
    /// </summary>
    private void ReplaceModules(Qualification entity)
    {
        var existing = entity.Modules.ToDictionary(m => m.Id);
        var kept = new List<QualificationModule>();
        foreach (var input in Modules!)
        {
            var module = input.Id is { } id && existing.Remove(id, out var own) ? own : new QualificationModule { QualificationId = entity.Id };
            input.ApplyTo(module);
            kept.Add(module);
        }

        entity.Modules.Clear();
        entity.Modules.AddRange(kept);
    }
}
