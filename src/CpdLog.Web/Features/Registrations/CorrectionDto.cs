namespace CpdLog.Web.Features.Registrations;

/// <summary>A requirement whose result changed because CpdLog corrected how it reads the body's rule.</summary>
public sealed record CorrectionDto(
    string RequirementCode,
    DateOnly CorrectedOn,
    IReadOnlyList<string> What,
    string StatusBefore,
    decimal RequiredBefore,
    decimal AchievedBefore,
    string StatusNow);
