namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>A module or unit of a qualification, as the API returns it.</summary>
public sealed record QualificationModuleDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public int Credits { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public List<DateOnly> ExamSittings { get; init; } = [];

    public ModuleResult Result { get; init; }

    public decimal? Mark { get; init; }

    /// <summary>Pass, merit, distinction or exempt.</summary>
    public bool IsPassed { get; init; }

    /// <summary>The CPD activity the module was logged as, once it has been.</summary>
    public Guid? CpdActivityId { get; init; }
}
