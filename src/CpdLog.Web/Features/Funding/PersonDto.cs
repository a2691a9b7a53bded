namespace CpdLog.Web.Features.Funding;

/// <summary>A person as the team and delegation APIs show them: id and name only.</summary>
public sealed record PersonDto(string Id, string Name)
{
    public static PersonDto From(Data.CpdUser u) => new(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id);
}
