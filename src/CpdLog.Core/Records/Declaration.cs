namespace CpdLog.Core.Records;

/// <summary>A signed declaration: health and character, or professional indemnity.</summary>
public sealed class Declaration : OwnedRecord, IReferencedRecord
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public DeclarationKind Kind { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The user's statement. For health and character: anything to declare, or "nothing to declare".</summary>
    public string Statement { get; set; } = "";

    /// <summary>Indemnity: cover through the employer.</summary>
    public bool IndemnityThroughEmployer { get; set; }

    /// <summary>Indemnity: the provider's name when cover is not through the employer.</summary>
    public string IndemnityProvider { get; set; } = "";
}
