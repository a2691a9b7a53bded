namespace CpdLog.Web.Features.Records.Declarations;

/// <summary>A health and character, or professional indemnity, declaration.</summary>
public sealed class DeclarationInput : RecordInput<Declaration>
{
    public DeclarationKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Health and character: anything to declare, or "Nothing to declare".</summary>
    public string? Statement { get; set; }

    public bool IndemnityThroughEmployer { get; set; }

    /// <summary>Required for indemnity not arranged through the employer.</summary>
    public string? IndemnityProvider { get; set; }

    protected override void Apply(Declaration entity)
    {
        entity.Kind = Choice(Kind);
        entity.Date = Date ?? DateOnly.MinValue;
        entity.Statement = Text(Statement);
        entity.IndemnityThroughEmployer = entity.Kind == DeclarationKind.Indemnity && IndemnityThroughEmployer;
        entity.IndemnityProvider = entity.Kind == DeclarationKind.Indemnity ? Text(IndemnityProvider) : "";
    }

    protected override IReadOnlyList<FieldError> Check(Declaration draft, DateOnly today) => RecordValidation.Declaration(draft, today);
}
