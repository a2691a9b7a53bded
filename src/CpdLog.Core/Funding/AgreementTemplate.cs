namespace CpdLog.Core.Funding;

/// <summary>
/// A learning (training) agreement template set by an Admin: which requests need one, the repayment schedule, the
/// triggers and the waivers. Templates are versioned: a change creates a new version in the same family, and an
/// accepted agreement keeps the version it was accepted under. Defaults follow ENHH Trust's threshold (fee ≥ £200 or
/// ≥ 15 academic credits) and the common NHS 100%/50% over 24 months scale (professional-bodies.md §8).
/// </summary>
public sealed class AgreementTemplate
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Shared by every version of the same template.</summary>
    public Guid FamilyId { get; set; } = Guid.NewGuid();

    public int Version { get; set; } = 1;

    /// <summary>Only the newest version of a family is offered for new acceptances.</summary>
    public bool IsCurrent { get; set; } = true;

    public string Name { get; set; } = "";

    /// <summary>The agreement needs accepting when the trust-paid fees are at least this (null: fees never trigger it).</summary>
    public decimal? MinFees { get; set; }

    /// <summary>...or when the study carries at least this many academic credits (null: credits never trigger it).</summary>
    public int? MinCredits { get; set; }

    public RepaymentKind ScheduleKind { get; set; }

    /// <summary>Tiers as "12:100;24:50" (months:percent) for a tiered schedule.</summary>
    public string Tiers { get; set; } = "";

    public int LinearMonths { get; set; }

    public LeavingReason Triggers { get; set; }

    public LeavingReason Waivers { get; set; }

    /// <summary>The wording the manager reads and accepts.</summary>
    public string Terms { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedById { get; set; } = "";

    public RepaymentSchedule Schedule => ScheduleKind == RepaymentKind.Linear
        ? RepaymentSchedule.Linear(LinearMonths)
        : RepaymentSchedule.TryParseTiers(Tiers, out var tiers) ? RepaymentSchedule.Tiered([.. tiers]) : RepaymentSchedule.Tiered();

    public bool AppliesTo(decimal fees, int academicCredits) =>
        (MinFees is { } f && fees >= f) || (MinCredits is { } c && academicCredits >= c);

    /// <summary>Every field error at once, keyed by the JSON property names of the template input.</summary>
    public Result Validate()
    {
        var e = new FundingErrors();
        e.RequiredText("name", Name, FundingTextLimits.TemplateName, "Enter a name for the agreement", "the name");
        if (MinFees is null && MinCredits is null)
        {
            e.Add("minFees", "Say which requests need the agreement: a minimum fee, a minimum number of credits, or both");
        }

        e.MaxLength("tiers", Tiers, FundingTextLimits.Tiers, "the tiers");
        if (ScheduleKind == RepaymentKind.Tiered && !RepaymentSchedule.TryParseTiers(Tiers, out _))
        {
            e.Add("tiers", "Enter tiers as months:percent separated by semicolons, for example 12:100;24:50");
        }

        if (ScheduleKind == RepaymentKind.Linear && LinearMonths is < 1 or > 120)
        {
            e.Add("linearMonths", "Enter the number of months, between 1 and 120");
        }

        if ((Triggers & Waivers) != 0)
        {
            e.Add("waivers", "A reason cannot be both a trigger and a waiver");
        }

        if (string.IsNullOrWhiteSpace(Terms))
        {
            e.Add("terms", "Enter the terms the manager will accept");
        }

        return e.ToResult();
    }

    /// <summary>The next version of this template with the given changes; this version stops being current.</summary>
    public AgreementTemplate NewVersion(Action<AgreementTemplate> change, string actorId, DateTimeOffset now)
    {
        var next = new AgreementTemplate
        {
            FamilyId = FamilyId,
            Version = Version + 1,
            Name = Name,
            MinFees = MinFees,
            MinCredits = MinCredits,
            ScheduleKind = ScheduleKind,
            Tiers = Tiers,
            LinearMonths = LinearMonths,
            Triggers = Triggers,
            Waivers = Waivers,
            Terms = Terms,
            CreatedAt = now,
            CreatedById = actorId,
        };
        change(next);
        IsCurrent = false;
        return next;
    }

    /// <summary>The first current template that applies to a request, or null when none is needed.</summary>
    public static AgreementTemplate? Required(IEnumerable<AgreementTemplate> templates, FundingRequest request) =>
        templates.Where(t => t.IsCurrent && t.AppliesTo(request.Fees, request.AcademicCredits))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .FirstOrDefault();
}
