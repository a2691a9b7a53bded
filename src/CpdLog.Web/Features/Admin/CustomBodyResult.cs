namespace CpdLog.Web.Features.Admin;

public sealed record CustomBodyResult(CustomBodyDefinition? Body, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
