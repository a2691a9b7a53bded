namespace CpdLog.Web.Features.Funding;

/// <summary>A delegation; <see cref="Role"/> is "lineManager" when you made it and "delegate" when you were named in it.</summary>
public sealed record DelegationDto(Guid Id, PersonDto LineManager, PersonDto Delegate, DateOnly From, DateOnly To, bool ActiveToday, string Role)
{
    public static DelegationDto Of(Team.DelegationView v, string userId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(v);
        var d = v.Delegation;
        return new(d.Id, new PersonDto(d.LineManagerId, v.LineManagerName), new PersonDto(d.DelegateId, v.DelegateName), d.From, d.To,
            d.IsActiveOn(today), d.LineManagerId == userId ? "lineManager" : "delegate");
    }
}
