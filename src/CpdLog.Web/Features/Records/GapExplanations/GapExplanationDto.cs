namespace CpdLog.Web.Features.Records.GapExplanations;

/// <summary>A gap explanation as the API returns it (<see cref="RecordDto.IsPrivate"/> is always true: only its owner sees it).</summary>
public sealed record GapExplanationDto : RecordDto
{
    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public string Reason { get; init; } = "";

    public string Details { get; init; } = "";
}
