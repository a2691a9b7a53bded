namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance.Bodies;

/// <summary>
/// Demo registrations, early (Order 10) so later contributors' records land inside live cycles: the demo manager is an
/// NMC nurse renewing in about 10 months and a CIPD member; the second manager is HCPC-registered and an ICAEW member.
/// </summary>
public sealed class RegistrationsDemoData(CpdLogDbContext db, TimeProvider clock) : IDemoDataContributor
{
    public int Order => 10;

    public async Task SeedAsync(DemoUsers users, CancellationToken ct)
    {
        var today = clock.UkToday();
        var now = clock.GetUtcNow();

        // NMC and HCPC registrations expire at the end of a month.
        var nmcRenewal = EndOfMonth(today.AddMonths(10));
        var hcpcRenewal = EndOfMonth(today.AddMonths(15));

        db.Registrations.AddRange(
            Registration(users.Manager, "NMC", "21A1234E", nmcRenewal, now, new() { [NmcRuleSet.RegistrationOption] = "nurse" }),
            Registration(users.Manager, "CIPD", "1234567", new DateOnly(2019, 3, 1), now),
            Registration(users.SecondManager, "HCPC", "CS123456", hcpcRenewal, now),
            Registration(users.SecondManager, "ICAEW", "8012345", new DateOnly(2015, 9, 1), now, new()
            {
                [Icaew2023RuleSet.CategoryOption] = "2",
                [Icaew2023RuleSet.InPracticeOption] = "false",
            }));
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    private static ProfessionalRegistration Registration(
        CpdUser owner, string body, string number, DateOnly anchor, DateTimeOffset now, Dictionary<string, string>? options = null) => new()
    {
        OwnerId = owner.Id,
        BodyCode = body,
        RegistrationNumber = number,
        AnchorDate = anchor,
        Options = options ?? [],
        CreatedAt = now,
        UpdatedAt = now,
    };
}
