namespace CpdLog.Core.Archive;

/// <summary>
/// Read-only history brought in from a personal archive: a funding request, decision, agreement or acceptance of a
/// previous employer, a portfolio the previous instance issued, or an e-mail sign-off made there. Kept as the archive's
/// JSON; it never enters this instance's budgets, approvals, leaver statements or the public verify page.
/// </summary>
public sealed class ImportedHistoryItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string OwnerId { get; set; } = "";

    /// <summary>What the item is (<see cref="ImportedHistoryKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The item's id in the archive.</summary>
    public Guid ArchiveId { get; set; }

    /// <summary>One line for lists, e.g. the funding request's title or the portfolio's period.</summary>
    public string Title { get; set; } = "";

    /// <summary>The item exactly as the archive holds it (JSON).</summary>
    public string Json { get; set; } = "";

    /// <summary>When the source instance exported the archive.</summary>
    public DateTimeOffset ExportedAt { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Key of the item's file in the file store (an issued portfolio's PDF); null when it has none.</summary>
    public string? StorageKey { get; set; }
}
