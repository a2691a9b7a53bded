namespace CpdLog.Web.Features.Funding;

/// <summary>One direct report (or a delegator's report, in the delegation window) for one financial year.</summary>
public sealed record TeamMemberDto(
    PersonDto Person, string FinancialYear, decimal Committed, decimal Spent, LeaveDto Leave, IReadOnlyList<RegistrationStatusDto> Registrations)
{
    public static TeamMemberDto From(TeamMemberOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var m = o.Member;
        return new(
            PersonDto.From(m.Person), m.Year.Label, m.Committed, m.Spent,
            new LeaveDto(m.Leave.Allowance, m.Leave.Taken, m.Leave.Booked, m.Leave.Remaining),
            [.. o.Registrations.Select(r => new RegistrationStatusDto(r.Registration.BodyCode, r.Status, r.Result?.Cycle.Deadline))]);
    }
}
