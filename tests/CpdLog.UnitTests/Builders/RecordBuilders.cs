namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: a reflective account on 1 June 2026, not linked to an activity.</summary>
public sealed class ReflectionBuilder
{
    private readonly ReflectiveAccount _reflection = new()
    {
        OwnerId = "user-1",
        Title = "Reflection on a difficult handover",
        Date = new DateOnly(2026, 6, 1),
        Nature = "Handover feedback",
        Learning = "Structured handover reduces omissions",
        ChangeInPractice = "I use SBAR for every handover",
        CodeRelevance = "Preserve safety",
        CodeThemes = CodeThemes.PreserveSafety,
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public ReflectionBuilder On(DateOnly date)
    {
        _reflection.Date = date;
        return this;
    }

    public ReflectionBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public ReflectionBuilder About(CpdActivity activity)
    {
        _reflection.ActivityId = activity.Id;
        return this;
    }

    public ReflectionBuilder Deleted()
    {
        _reflection.MoveToBin(A.Timestamp);
        return this;
    }

    public ReflectiveAccount Build() => _reflection;

    public static implicit operator ReflectiveAccount(ReflectionBuilder builder) => builder.Build();
}

/// <summary>Defaults: verbal feedback from a colleague on 1 June 2026.</summary>
public sealed class FeedbackBuilder
{
    private readonly FeedbackEntry _feedback = new()
    {
        OwnerId = "user-1",
        Date = new DateOnly(2026, 6, 1),
        Source = FeedbackSource.Colleague,
        Type = "Verbal, informal",
        Summary = "Clear discharge planning",
        HowUsed = "Shared the checklist with the team",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public FeedbackBuilder On(DateOnly date)
    {
        _feedback.Date = date;
        return this;
    }

    public FeedbackBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public FeedbackBuilder From(FeedbackSource source)
    {
        _feedback.Source = source;
        return this;
    }

    public FeedbackBuilder Deleted()
    {
        _feedback.MoveToBin(A.Timestamp);
        return this;
    }

    public FeedbackEntry Build() => _feedback;

    public static implicit operator FeedbackEntry(FeedbackBuilder builder) => builder.Build();
}

/// <summary>Defaults: 450 hours as a nurse in a hospital, ending 1 June 2026.</summary>
public sealed class PracticeHoursBuilder
{
    private readonly PracticeHoursEntry _entry = new()
    {
        OwnerId = "user-1",
        StartDate = new DateOnly(2025, 6, 1),
        EndDate = new DateOnly(2026, 6, 1),
        Organisation = "Anytown NHS Foundation Trust",
        WorkSetting = "Hospital or other secondary care",
        ScopeOfPractice = "Direct patient care",
        RegistrationType = "Nurse",
        Hours = 450m,
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public PracticeHoursBuilder Ending(DateOnly date)
    {
        _entry.EndDate = date;
        _entry.StartDate = date.AddYears(-1);
        return this;
    }

    public PracticeHoursBuilder WithHours(decimal hours)
    {
        _entry.Hours = hours;
        return this;
    }

    public PracticeHoursBuilder As(string registrationType)
    {
        _entry.RegistrationType = registrationType;
        return this;
    }

    public PracticeHoursBuilder Deleted()
    {
        _entry.MoveToBin(A.Timestamp);
        return this;
    }

    public PracticeHoursEntry Build() => _entry;

    public static implicit operator PracticeHoursEntry(PracticeHoursBuilder builder) => builder.Build();
}

/// <summary>Defaults: a reflective discussion on 1 June 2026 with a partner who has an NMC Pin.</summary>
public sealed class DiscussionBuilder
{
    private readonly ReflectiveDiscussion _discussion = new()
    {
        OwnerId = "user-1",
        Date = new DateOnly(2026, 6, 1),
        PartnerName = "Sam Partner",
        PartnerNmcPin = "12A3456E",
        PartnerEmail = "sam.partner@example.nhs.uk",
        PartnerAddress = "Ward 7, Anytown General",
        PartnerPostcode = "AN1 1AA",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public DiscussionBuilder On(DateOnly date)
    {
        _discussion.Date = date;
        return this;
    }

    public DiscussionBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public DiscussionBuilder WithoutPin()
    {
        _discussion.PartnerNmcPin = "";
        return this;
    }

    public DiscussionBuilder Deleted()
    {
        _discussion.MoveToBin(A.Timestamp);
        return this;
    }

    public ReflectiveDiscussion Build() => _discussion;

    public static implicit operator ReflectiveDiscussion(DiscussionBuilder builder) => builder.Build();
}

/// <summary>Defaults: a confirmation on 1 June 2026 by a line manager who is an NMC registrant.</summary>
public sealed class ConfirmationBuilder
{
    private readonly Confirmation _confirmation = new()
    {
        OwnerId = "user-1",
        Date = new DateOnly(2026, 6, 1),
        ConfirmerName = "Alex Manager",
        ConfirmerRole = "Ward manager",
        ConfirmerIsNmcRegistrant = true,
        ConfirmerProfessionalId = "98B7654C",
        ConfirmerEmail = "alex.manager@example.nhs.uk",
        ConfirmerAddress = "Anytown General",
        ConfirmerPostcode = "AN1 1AA",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public ConfirmationBuilder On(DateOnly date)
    {
        _confirmation.Date = date;
        return this;
    }

    public ConfirmationBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    /// <summary>A confirmer regulated elsewhere (e.g. HCPC), so discussion order matters.</summary>
    public ConfirmationBuilder ByNonNmcRegistrant()
    {
        _confirmation.ConfirmerIsNmcRegistrant = false;
        _confirmation.ConfirmerRegulator = "HCPC";
        _confirmation.ConfirmerProfessionalId = "PA12345";
        return this;
    }

    public ConfirmationBuilder Deleted()
    {
        _confirmation.MoveToBin(A.Timestamp);
        return this;
    }

    public Confirmation Build() => _confirmation;

    public static implicit operator Confirmation(ConfirmationBuilder builder) => builder.Build();
}

/// <summary>Defaults: a health and character declaration on 1 June 2026 with nothing to declare.</summary>
public sealed class DeclarationBuilder
{
    private readonly Declaration _declaration = new()
    {
        OwnerId = "user-1",
        Kind = DeclarationKind.HealthAndCharacter,
        Date = new DateOnly(2026, 6, 1),
        Statement = "Nothing to declare",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public DeclarationBuilder On(DateOnly date)
    {
        _declaration.Date = date;
        return this;
    }

    public DeclarationBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    /// <summary>An indemnity declaration; cover through the employer unless a provider is given.</summary>
    public DeclarationBuilder Indemnity(bool throughEmployer = true, string provider = "")
    {
        _declaration.Kind = DeclarationKind.Indemnity;
        _declaration.IndemnityThroughEmployer = throughEmployer;
        _declaration.IndemnityProvider = provider;
        return this;
    }

    public DeclarationBuilder Deleted()
    {
        _declaration.MoveToBin(A.Timestamp);
        return this;
    }

    public Declaration Build() => _declaration;

    public static implicit operator Declaration(DeclarationBuilder builder) => builder.Build();
}
