namespace CpdLog.Web.Features.Records;

/// <summary>What the API returns for every record type, whatever its own fields.</summary>
public abstract record RecordDto
{
    public Guid Id { get; init; }

    /// <summary>Left out of shared views and, when chosen, portfolios.</summary>
    public bool IsPrivate { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
