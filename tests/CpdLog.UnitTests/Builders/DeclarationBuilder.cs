namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

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
