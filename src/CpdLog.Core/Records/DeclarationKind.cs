namespace CpdLog.Core.Records;

public enum DeclarationKind
{
    HealthAndCharacter = 0,
    Indemnity = 1,
}
