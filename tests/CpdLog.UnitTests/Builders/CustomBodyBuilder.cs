namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Compliance;

/// <summary>Defaults: "X-ILM", a 12-month cycle starting on the anchor, with no thresholds.</summary>
public sealed class CustomBodyBuilder
{
    private readonly CustomBodyDefinition _definition = new()
    {
        Code = "X-ILM",
        Name = "The Institute of Leadership",
        CycleMonths = 12,
        AnchorKind = AnchorKind.CycleStart,
        Notes = "Agreed with the Learning and Development team",
        Version = 1,
        CreatedAt = A.Timestamp,
    };

    public CustomBodyBuilder WithCode(string code)
    {
        _definition.Code = code;
        return this;
    }

    public CustomBodyBuilder WithName(string name)
    {
        _definition.Name = name;
        return this;
    }

    public CustomBodyBuilder Cycle(int months, AnchorKind kind)
    {
        _definition.CycleMonths = months;
        _definition.AnchorKind = kind;
        return this;
    }

    public CustomBodyBuilder RequiringHours(decimal? hours, decimal? participatory = null, decimal? verifiable = null)
    {
        _definition.RequiredHours = hours;
        _definition.RequiredParticipatoryHours = participatory;
        _definition.RequiredVerifiableHours = verifiable;
        return this;
    }

    public CustomBodyBuilder RequiringRecords(int? reflections = null, int? feedback = null, int? activityTypes = null)
    {
        _definition.RequiredReflections = reflections;
        _definition.RequiredFeedback = feedback;
        _definition.MinimumDistinctActivityTypes = activityTypes;
        return this;
    }

    public CustomBodyBuilder AtVersion(int version)
    {
        _definition.Version = version;
        return this;
    }

    public CustomBodyDefinition Build() => _definition;

    public static implicit operator CustomBodyDefinition(CustomBodyBuilder builder) => builder.Build();
}
