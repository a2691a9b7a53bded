namespace CpdLog.Core.Funding;

/// <summary>A manager's electronic acceptance of an agreement: who, when, which template version, which amounts.</summary>
public sealed class AgreementAcceptance
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid FundingRequestId { get; set; }

    public Guid TemplateId { get; set; }

    public int TemplateVersion { get; set; }

    public string AcceptedById { get; set; } = "";

    public DateTimeOffset AcceptedAt { get; set; }

    /// <summary>The total requested when accepted; a later change to the amounts needs a new acceptance.</summary>
    public decimal Amount { get; set; }

    public decimal Fees { get; set; }

    /// <summary>The schedule in words as shown when accepted.</summary>
    public string ScheduleText { get; set; } = "";

    public bool Covers(FundingRequest request) => request.Id == FundingRequestId && Amount == request.TotalRequested;

    public static AgreementAcceptance Accept(FundingRequest request, AgreementTemplate template, string actorId, DateTimeOffset now) => new()
    {
        FundingRequestId = request.Id,
        TemplateId = template.Id,
        TemplateVersion = template.Version,
        AcceptedById = actorId,
        AcceptedAt = now,
        Amount = request.TotalRequested,
        Fees = request.Fees,
        ScheduleText = template.Schedule.Describe(),
    };

    /// <summary>The cost repayment is calculated on: what was spent (or committed), never more than was agreed.</summary>
    public decimal CostBasis(FundingRequest request) =>
        Math.Min(Amount, request.SpentAmount ?? request.ApprovedAmount ?? request.TotalRequested);
}
